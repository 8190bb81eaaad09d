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
    /// The words a percent sign follows, by index: the "98" of "98%".
    let percentAfter: [Int]

    /// Splits a sentence into words.
    init(_ text: String) {
        let lexer = Lexer(text, classifying: false)
        self.init(lexer: lexer, tokens: lexer.tokens())
    }

    /// The words of a sentence the reader has already lexed: `tokens` are `lexer`'s, as it made them (before
    /// `ForeignConnectives` took "von" for "from").
    init(lexer: Lexer, tokens: [Token]) {
        var split = Splitter(lexer: lexer, capacity: tokens.count + 4)
        for k in tokens.indices {
            switch tokens[k].kind {
            case .word, .number:
                split.add(tokens[k])
            case .symbol:
                let token = tokens[k]
                let previous = k > 0 ? tokens[k - 1].kind : nil
                let scalar = lexer.scalars[token.start]
                if scalar == "%" || scalar == "％", previous == .number {
                    split.percentAfterLast(end: token.spaceBefore ? nil : lexer.offset(token.end))
                }
                let next = k + 1 < tokens.count ? tokens[k + 1] : nil
                if Self.isJoiner(scalar), !token.spaceBefore, let previous, previous != .symbol, let next,
                    !next.spaceBefore, next.kind != .symbol
                {
                    split.joinLast()
                }
            }
        }
        words = split.words
        joinedToNext = split.joined
        ranges = split.ranges
        percentAfter = split.percentAfter
        source = lexer.utf8
    }

    /// Whether a mark joins two words written against it: "post-purchase", "build/test".
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "/" || scalar == "‑"
    }
}

/// Splits word and number tokens into words, scalar by scalar, one builder serving the whole sentence.
private struct Splitter {
    let lexer: Lexer
    var words: [String] = []
    var joined: [Bool] = []
    var ranges: [Range<Int>] = []
    var percentAfter: [Int] = []
    private var builder = TextBuilder()

    init(lexer: Lexer, capacity: Int) {
        self.lexer = lexer
        words.reserveCapacity(capacity)
        joined.reserveCapacity(capacity)
        ranges.reserveCapacity(capacity)
    }

    /// Adds the words of a word or number token: letters and digits (a number's digits only), apostrophes and
    /// combining accents dropped, split at anything else; a hyphen inside a word joins the words it splits.
    mutating func add(_ token: Token) {
        let number = token.kind == .number
        // Most tokens are one run of ASCII letters or digits, which the lexer has already spelled lower-cased.
        if isPlain(token) {
            append(token.text, from: token.start, to: token.end, joined: false)
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
                append(from: from, to: k, joined: !number && (scalar == "-" || scalar == "‑"))
                start = nil
            }
        }
        if let from = start { append(from: from, to: token.end, joined: false) }
    }

    /// Marks the last word as joined to the next by a hyphen or slash between them.
    mutating func joinLast() {
        if !joined.isEmpty { joined[joined.count - 1] = true }
    }

    /// Marks the last word as followed by a percent sign; `end`, when the sign is written against it, is where the
    /// sign ends, so quoting the word quotes "98%".
    mutating func percentAfterLast(end: Int?) {
        guard !words.isEmpty else { return }
        percentAfter.append(words.count - 1)
        if let end { ranges[ranges.count - 1] = ranges[ranges.count - 1].lowerBound..<end }
    }

    /// Adds the word built so far, which ends at scalar `to`.
    private mutating func append(from: Int, to: Int, joined wordJoined: Bool) {
        let word = builder.string
        builder.removeAll()
        append(word, from: from, to: to, joined: wordJoined)
    }

    /// Adds a word written at scalars `from..<to`. A word written against the one before it, with nothing
    /// between, is part of it: the lexer splits "2m", "18k" and "EUR40k" into a number and a word, but they are
    /// one word to read.
    private mutating func append(_ word: String, from: Int, to: Int, joined wordJoined: Bool) {
        if let last = ranges.last, last.upperBound == lexer.offset(from) {
            words[words.count - 1] += word
            ranges[ranges.count - 1] = last.lowerBound..<lexer.offset(to)
            joined[joined.count - 1] = wordJoined
            return
        }
        words.append(word)
        joined.append(wordJoined)
        ranges.append(lexer.offset(from)..<lexer.offset(to))
    }

    /// Whether a token is written as ASCII letters and digits only, which its text spells lower-cased.
    private func isPlain(_ token: Token) -> Bool {
        let from = lexer.offset(token.start), to = lexer.offset(token.end)
        guard to - from == token.end - token.start else { return false }
        for k in from..<to {
            let byte = lexer.utf8[k]
            guard (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) else {
                return false
            }
        }
        return true
    }

    /// A combining accent, written as a scalar of its own after its letter: dropped, so "café" reads one way
    /// however it was typed.
    private static func isAccent(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.generalCategory == .nonspacingMark
    }
}
