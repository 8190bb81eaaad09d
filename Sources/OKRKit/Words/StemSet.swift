/// A set of word stems written as plain words, so vocabularies read naturally: `StemSet("launch ship")`.
public struct StemSet: Sendable {
    /// The stems in the set.
    let stems: WordSet
    /// The words as listed, lowercased.
    let words: WordSet

    /// Stems every space-separated word of `words`.
    public init(_ words: String) {
        let listed = words.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        self.words = WordSet(listed)
        stems = WordSet(listed.map(Stemmer.stem))
    }

    /// Whether the word is listed as written (not only by its stem): "ship" is, "shipment" is not.
    public func lists(_ word: String) -> Bool { words.contains(word) }

    /// Whether a word (stemmed here) belongs to the set.
    public func contains(word: String) -> Bool { stems.contains(Stemmer.stem(word)) }

    /// Whether a stem belongs to the set.
    public func contains(stem: String) -> Bool { stems.contains(stem) }
}

extension StemSet {
    /// Verbs that say a metric should go down.
    static let decreaseVerbs = StemSet("reduce decrease cut lower shrink drop decline halve minimize minimise eliminate shorten")
}
