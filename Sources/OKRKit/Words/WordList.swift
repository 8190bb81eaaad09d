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
            WordList.splitASCII(bytes, into: &words, joined: &joined)
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

    /// `split` for ASCII text, by its bytes: each word (letters and digits, apostrophes dropped) is copied into its
    /// string once, lower-cased on the way; the byte that ends it joins it to the next word when it is "-" or "/"
    /// and a letter or digit follows.
    private static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout [String], joined: inout [Bool]) {
        let apostrophe = UInt8(ascii: "'")
        let count = bytes.count
        var i = 0
        var pendingJoiner = false
        while i < count {
            let byte = bytes[i]
            if pendingJoiner {
                pendingJoiner = false
                joined[joined.count - 1] = ASCIIWords.isLetterOrDigit(byte)
            }
            guard ASCIIWords.isLetterOrDigit(byte) else {
                i += 1
                continue
            }
            var end = i + 1
            var apostrophes = 0
            while end < count, ASCIIWords.isLetterOrDigit(bytes[end]) || bytes[end] == apostrophe {
                if bytes[end] == apostrophe { apostrophes += 1 }
                end += 1
            }
            words.append(String(unsafeUninitializedCapacity: end - i - apostrophes) { buffer in
                var length = 0
                for k in i..<end where bytes[k] != apostrophe {
                    buffer[length] = bytes[k] >= 65 && bytes[k] <= 90 ? bytes[k] | 0x20 : bytes[k]
                    length += 1
                }
                return length
            })
            joined.append(false)
            if end < count { pendingJoiner = bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "/") }
            i = end + 1
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
