/// A sentence's words as the rules read them: its `WordSplit` (the one split of a text into words, from the
/// reader's `Lexer` tokens) with each word's stem, and the rules' ways of finding words and phrases in it.
public struct WordList: Sendable, Equatable {
    /// The words in order, lower-cased (see `WordSplit`).
    public var words: [String] { split.words }
    /// The stem of each word (`Stemmer.stem`), at the same index.
    public let stems: [String]
    /// Whether each word is joined to the next by a hyphen or slash, as in "post-purchase" or "build/test".
    public var joinedToNext: [Bool] { split.joinedToNext }
    /// The split the words come from.
    let split: WordSplit

    /// Splits a sentence into words.
    public init(_ text: String) {
        self.init(WordSplit(text))
    }

    /// The words of a split sentence, stemmed.
    init(_ split: WordSplit) {
        self.split = split
        stems = split.words.map(Stemmer.stem)
    }

    /// Whether a word appears.
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// Whether the words of `phrase` (space separated) appear next to each other.
    public func contains(phrase: String) -> Bool {
        contains(sequence: phrase.split(separator: " ").map(String.init))
    }

    /// Whether the given words appear next to each other, in order.
    public func contains(sequence wanted: [String]) -> Bool {
        guard let head = wanted.first, wanted.count <= words.count else { return false }
        for start in 0...(words.count - wanted.count) where words[start] == head {
            if words[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
        }
        return false
    }

    /// The words after leading filler such as "to", "we will", "successfully": where the verb usually is.
    public var afterFiller: ArraySlice<String> {
        var slice = words[...]
        while let first = slice.first, WordList.filler.contains(first) { slice = slice.dropFirst() }
        return slice
    }

    /// The first word after leading filler, stemmed: the verb of most OKR sentences.
    public var leadingStem: String? {
        let lead = afterFiller
        return lead.isEmpty ? nil : stems[lead.startIndex]
    }

    /// Words that open a sentence without saying what it does.
    static let filler: WordSet = [
        "to", "we", "will", "well", "shall", "must", "should", "lets", "let", "us", "i", "our", "successfully",
        "fully", "the", "a", "an", "and", "then", "also", "kr", "o", "okr", "goal", "aim", "objective",
    ]
}
