/// A sentence split into lower-cased words: the one split of a text into words, taken from the reader's `Lexer`
/// tokens. The rules read it as a `WordList`, the KPI suggester as its terms (`TermAnalyzer`).
///
/// A word token is split at its inner hyphens and dots ("trial-to-paid" is three words, "v2.0" two), with its
/// apostrophes and combining accents dropped ("team's" is "teams"); a number at its separators ("100,000" is "100"
/// and "000"). Symbols are not words. Only the part of a text that is read (`ReadingLimit`) is split.
struct WordSplit: Sendable, Equatable {
    /// The words in order.
    let words: [String]
    /// Whether each word is joined to the next by a hyphen or slash, as in "post-purchase" or "build/test".
    let joinedToNext: [Bool]
    /// The part of the text that was split, as UTF-8, and where each word is written in it: to quote words back.
    let source: [UInt8]
    let ranges: [Range<Int>]
    /// Whether each word is a number's digits.
    let isNumber: [Bool]
    /// Whether a percent sign follows each word: the "98" of "98%".
    let percentAfter: [Bool]

    /// Splits a sentence into words.
    init(_ text: String) {
        let lexer = Lexer(text, classifying: false)
        self.init(lexer: lexer, tokens: lexer.tokens())
    }

    /// The words of a sentence the reader has already lexed: `tokens` are `lexer`'s (their spans are read, so
    /// tokens whose text was translated, as `ForeignConnectives` does, split as written).
    init(lexer: Lexer, tokens: [Token]) {
        var split = Splitter(lexer: lexer, capacity: tokens.count + 4)
        for (k, token) in tokens.enumerated() {
            switch token.kind {
            case .word, .number:
                split.add(token)
            case .symbol:
                let previous = k > 0 ? tokens[k - 1].kind : nil
                if token.text == "%", previous == .number {
                    split.percentAfterLast(end: token.spaceBefore ? nil : lexer.offset(token.end))
                }
                let next = k + 1 < tokens.count ? tokens[k + 1] : nil
                if Self.joiners.contains(lexer.scalars[token.start]), !token.spaceBefore, let previous,
                    previous != .symbol, let next, !next.spaceBefore, next.kind != .symbol
                {
                    split.joinLast()
                }
            }
        }
        words = split.words
        joinedToNext = split.joined
        ranges = split.ranges
        isNumber = split.isNumber
        percentAfter = split.percentAfter
        source = lexer.utf8
    }

    /// The marks that join two words written against them: "post-purchase", "build/test".
    private static let joiners: Set<Unicode.Scalar> = ["-", "/", "‑"]
}

/// Splits word and number tokens into words, scalar by scalar, one builder serving the whole sentence.
private struct Splitter {
    let lexer: Lexer
    var words: [String] = []
    var joined: [Bool] = []
    var ranges: [Range<Int>] = []
    var isNumber: [Bool] = []
    var percentAfter: [Bool] = []
    private var builder = TextBuilder()

    init(lexer: Lexer, capacity: Int) {
        self.lexer = lexer
        words.reserveCapacity(capacity)
        joined.reserveCapacity(capacity)
        ranges.reserveCapacity(capacity)
        isNumber.reserveCapacity(capacity)
        percentAfter.reserveCapacity(capacity)
    }

    /// Adds the words of a word or number token: letters and digits (a number's digits only), apostrophes and
    /// combining accents dropped, split at anything else; a hyphen inside a word joins the words it splits.
    mutating func add(_ token: Token) {
        let number = token.kind == .number
        // Most tokens are one run of ASCII letters or digits, all of it written, which the lexer has already
        // spelled lower-cased.
        let length = token.end - token.start
        if token.text.utf8.count == length, lexer.offset(token.end) - lexer.offset(token.start) == length,
            token.text.utf8.allSatisfy(ASCII.isLetterOrDigit)
        {
            append(token.text, from: token.start, to: token.end, number: number, joined: false)
            return
        }
        var start: Int?
        for k in token.start..<token.end {
            let scalar = lexer.scalars[k]
            if Lexer.isDigit(scalar) || (!number && Lexer.isLetter(scalar)) {
                if start == nil { start = k }
                builder.appendLowercased(scalar)
            } else if !number, scalar == "'" || scalar == "’" || Self.isAccent(scalar) {
                continue
            } else if let from = start {
                append(from: from, to: k, number: number, joined: !number && (scalar == "-" || scalar == "‑"))
                start = nil
            }
        }
        if let from = start { append(from: from, to: token.end, number: number, joined: false) }
    }

    /// Marks the last word as joined to the next by a hyphen or slash between them.
    mutating func joinLast() {
        if !joined.isEmpty { joined[joined.count - 1] = true }
    }

    /// Marks the last word as followed by a percent sign; `end`, when the sign is written against it, is where the
    /// sign ends, so quoting the word quotes "98%".
    mutating func percentAfterLast(end: Int?) {
        guard !percentAfter.isEmpty else { return }
        percentAfter[percentAfter.count - 1] = true
        if let end { ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<end }
    }

    /// Adds the word built so far, which ends at scalar `to`.
    private mutating func append(from: Int, to: Int, number: Bool, joined wordJoined: Bool) {
        let word = builder.string
        builder.removeAll()
        append(word, from: from, to: to, number: number, joined: wordJoined)
    }

    /// Adds a word written at scalars `from..<to`. A word written against the one before it, with nothing
    /// between, is part of it: the lexer splits "2m", "18k" and "EUR40k" into a number and a word, but they are
    /// one word to read.
    private mutating func append(_ word: String, from: Int, to: Int, number: Bool, joined wordJoined: Bool) {
        if let last = ranges.last, last.upperBound == lexer.offset(from) {
            words[words.count - 1] += word
            ranges[ranges.count - 1] = last.lowerBound..<lexer.offset(to)
            joined[joined.count - 1] = wordJoined
            isNumber[isNumber.count - 1] = isNumber[isNumber.count - 1] && number
            return
        }
        words.append(word)
        joined.append(wordJoined)
        ranges.append(lexer.offset(from)..<lexer.offset(to))
        isNumber.append(number)
        percentAfter.append(false)
    }

    /// ASCII letters and digits.
    private enum ASCII {
        static func isLetterOrDigit(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
    }

    /// A combining accent, written as a scalar of its own after its letter: dropped, so "café" reads one way
    /// however it was typed.
    private static func isAccent(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark
    }
}
