/// A set of word stems written as plain words, so vocabularies read naturally: `StemSet("launch ship")`.
public struct StemSet: Sendable {
    /// The stems in the set.
    let stems: WordSet

    /// Stems every space-separated word of `words`.
    public init(_ words: String) {
        stems = WordSet(words.split(whereSeparator: \.isWhitespace).map { Stemmer.stem($0.lowercased()) })
    }

    /// Whether a word (stemmed here) belongs to the set.
    public func contains(word: String) -> Bool { stems.contains(Stemmer.stem(word)) }

    /// Whether a stem belongs to the set.
    public func contains(stem: String) -> Bool { stems.contains(stem) }
}

extension StemSet {
    /// Verbs that say a metric should go down.
    static let decreaseVerbs = StemSet("reduce decrease cut lower shrink drop decline halve minimize minimise eliminate shorten")
}
