import Foundation

/// Turns text into the terms the suggester compares: case, accents and width folded, split on anything that is
/// not a letter or digit, compounds joined ("sign-ups", "sign ups" and "signups" all read "signup"), numbers and
/// stop words dropped, and the rest stemmed.
struct TermAnalyzer: Sendable {
    /// One content word of a text: as written (folded), and the term it is compared by.
    struct Token: Equatable, Sendable {
        var surface: String
        var term: String
        /// The positions of the words it was read from, among the text's `words`.
        var words: Range<Int>
        /// Whether the word names the population a proportion is taken of ("tickets" in "98% of tickets"),
        /// rather than the thing measured.
        var isPopulation = false
    }

    /// Words that may stand between "98% of" and the population: "98% of the tickets".
    private static let populationDeterminers: Set<String> = ["of", "the", "our", "all", "their", "your", "its", "those"]

    /// Units that follow a number and name no metric: "within 90 days", "under 2 hours".
    static let unitsAfterNumbers: Set<String> = [
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
        "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "ms", "times",
    ]

    /// Joined spellings that adjacent words merge into: "signups", "ontime", "ecommerce".
    let compounds: Set<String>
    /// The beginnings of compounds, so words that start none are not tried.
    private let compoundStarts: Set<String>

    /// An analyzer that joins adjacent words whose concatenation is one of `compounds`.
    init(compounds: Set<String> = []) {
        self.compounds = compounds
        var starts: Set<String> = []
        for compound in compounds where compound.count > 1 {
            for length in 1..<compound.count { starts.insert(String(compound.prefix(length))) }
        }
        compoundStarts = starts
    }

    /// The content tokens of a text, in order.
    /// With `parts`, a joined compound is followed by its parts ("mql-to-sql" also gives "mql" and "sql"), as
    /// catalog text is indexed so that either spelling finds it.
    func tokens(_ text: String, parts: Bool = false) -> [Token] {
        tokens(words: Self.words(text), parts: parts)
    }

    /// The content tokens of a text already split into its `words(_:)`, so a caller that needs both splits it once.
    func tokens(words: [String], parts: Bool = false) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var populationLeft = 0
        while index < words.count {
            let afterNumber = index > 0 && Self.isNumber(words[index - 1])
            if afterNumber, Self.unitsAfterNumbers.contains(words[index]) {
                index += 1
                continue
            }
            if index > 0, words[index] == "of", words[index - 1].last == "%" || words[index - 1] == "percent" {
                populationLeft = 2
            }
            var width = 1
            var joined = words[index]
            for span in stride(from: min(3, words.count - index), through: 2, by: -1)
            where compoundStarts.contains(words[index]) {
                let candidate = words[index..<(index + span)].joined()
                if compounds.contains(candidate) {
                    width = span
                    joined = candidate
                    break
                }
            }
            let pieces = parts && width > 1 ? words[index..<(index + width)].compactMap(Self.term) : []
            let span = index..<(index + width)
            index += width
            if let term = Self.term(joined) {
                tokens.append(Token(surface: joined, term: term, words: span, isPopulation: populationLeft > 0))
                tokens += pieces.filter { $0 != term }.map { Token(surface: $0, term: $0, words: span) }
                populationLeft -= 1
            } else if !Self.populationDeterminers.contains(joined) {
                populationLeft = 0
            }
        }
        return tokens
    }

    /// The terms of a text, in order.
    func terms(_ text: String, parts: Bool = false) -> [String] {
        terms(words: Self.words(text), parts: parts)
    }

    /// The terms of a text already split into its `words(_:)`, in order.
    func terms(words: [String], parts: Bool = false) -> [String] {
        tokens(words: words, parts: parts).map(\.term)
    }

    /// The term a folded word is compared by, or `nil` for numbers, single letters and stop words.
    static func term(_ word: String) -> String? {
        let bytes = word.utf8
        guard bytes.count > 1, let first = bytes.first, !isDigit(first), !word.hasPrefix("%"),
            !StopWords.all.contains(word)
        else { return nil }
        let prefix = first == UInt8(ascii: "f") && word.hasPrefix("fy") ? 2 : 1
        if first == UInt8(ascii: "q") || first == UInt8(ascii: "h") || prefix == 2, bytes.dropFirst(prefix).allSatisfy(isDigit) {
            return nil
        }
        return Stemmer.stem(word)
    }

    /// Whether a word starts with a digit: a number such as "98%", "40k", "2027".
    static func isNumber(_ word: String) -> Bool {
        word.utf8.first.map(isDigit) ?? false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The words a text's terms are read from: its `WordSplit` (the one split of a text into words), folded
    /// further (accents and full-width forms), with "%" kept on its number ("98%") so a proportion can be told
    /// from an amount.
    static func words(_ text: String) -> [String] {
        words(WordSplit(text))
    }

    /// `words(_:)` of a text already split.
    static func words(_ split: WordSplit) -> [String] {
        split.words.indices.map { k in
            let word = split.words[k]
            let folded = word.utf8.allSatisfy { $0 < 0x80 }
                ? word : word.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            return split.percentAfter.contains(k) ? folded + "%" : folded
        }
    }

    /// Joined spellings found in a catalog phrase, split and read into its `words`: each hyphenated or slashed
    /// word joined ("on-time" gives "ontime"), and each longer single word ("signups", "uptime"), so that split
    /// spellings merge into them.
    static func compounds(of split: WordSplit, words: [String]) -> [String] {
        guard !words.isEmpty else { return [] }
        var result: [String] = []
        // The words of each run of text between spaces, joined.
        var start = 0
        for end in 1...words.count {
            let spaced = end == words.count
                || split.source[split.ranges[end - 1].upperBound..<split.ranges[end].lowerBound].contains {
                    $0 == 0x20 || $0 == 0x09 || $0 == 0x0A
                }
            guard spaced else { continue }
            let joined = words[start..<end].joined()
            if end - start > 1 || joined.count >= 5, joined.first?.isLetter == true { result.append(joined) }
            start = end
        }
        return result
    }
}
