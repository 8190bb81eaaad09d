/// A sentence split into lower-cased words of letters and digits, for the rules' vocabularies.
///
/// Hyphens, slashes and punctuation separate words ("trial-to-paid" is three words); apostrophes are dropped
/// ("team's" is "teams"). Any Unicode is accepted.
public struct WordList: Sendable, Equatable {
    /// The words in order.
    public let words: [String]
    /// The stem of each word (`Stemmer.stem`), at the same index.
    public let stems: [String]
    /// Whether each word is joined to the next by a hyphen or slash, as in "post-purchase" or "build/test".
    public let joinedToNext: [Bool]

    /// Splits a sentence into words.
    public init(_ text: String) {
        var words: [String] = []
        var joined: [Bool] = []
        words.reserveCapacity(16)
        joined.reserveCapacity(16)
        // ASCII text (most of it) is read by its bytes, without decoding.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            WordList.split(bytes.lazy.map { Unicode.Scalar($0) }, into: &words, joined: &joined)
            return true
        }
        if ascii != true { WordList.split(text.unicodeScalars, into: &words, joined: &joined) }
        self.words = words
        self.joinedToNext = joined
        self.stems = words.map(Stemmer.stem)
    }

    private static func split(_ scalars: some Sequence<Unicode.Scalar>, into words: inout [String], joined: inout [Bool]) {
        var current = TextBuilder()
        var pendingJoiner = false
        for scalar in scalars {
            if pendingJoiner {
                pendingJoiner = false
                joined[joined.count - 1] = WordList.isWordScalar(scalar)
            }
            if WordList.isWordScalar(scalar) {
                current.appendLowercased(scalar)
            } else if scalar == "'" || scalar == "’" || (!scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark) {
                continue
            } else if !current.isEmpty {
                words.append(current.string)
                joined.append(false)
                pendingJoiner = scalar == "-" || scalar == "/" || scalar == "‑"
                current.removeAll()
            }
        }
        if !current.isEmpty {
            words.append(current.string)
            joined.append(false)
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
