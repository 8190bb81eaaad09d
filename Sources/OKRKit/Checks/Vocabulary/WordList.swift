/// A sentence split into lower-cased words of letters and digits, for the rules' vocabularies.
///
/// Hyphens, slashes and punctuation separate words ("trial-to-paid" is three words); apostrophes are dropped
/// ("team's" is "teams"). Any Unicode is accepted.
public struct WordList: Sendable, Equatable {
    /// The words in order.
    public let words: [String]

    /// Splits a sentence into words.
    public init(_ text: String) {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
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
    public var leadingStem: String? { afterFiller.first.map(Stemmer.stem) }

    /// Words that open a sentence without saying what it does.
    static let filler: Set<String> = [
        "to", "we", "will", "well", "shall", "must", "should", "lets", "let", "us", "i", "our", "successfully",
        "fully", "the", "a", "an", "and", "then", "also", "kr", "o", "okr", "goal", "aim", "objective",
    ]
}
