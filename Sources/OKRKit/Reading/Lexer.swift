/// Splits a sentence into tokens in one pass over its unicode scalars, without regular expressions.
///
/// Numbers take their separators as people type them: "100,000" and "100.000" (European thousands) are 100000,
/// "1,5" is 1.5, "1,234.56" and "1.234,56" are 1234.56. A separator that fits no pattern ends the number.
struct Lexer {
    let scalars: [Unicode.Scalar]
    /// The sentence as UTF-8.
    let utf8: [UInt8]
    /// Where each scalar starts in `utf8` (one more entry for the end); empty for ASCII, where each starts at its
    /// own index (see `offset(_:)`).
    private let offsets: [Int]

    /// Whether word tokens are given their vocabularies (`Token.classes`): the reader needs them, a split into
    /// words (`WordSplit`) does not.
    private let classifies: Bool

    /// Lexes the part of `text` that is read (`ReadingLimit`): all of a sentence, the opening of anything longer.
    init(_ text: String, classifying: Bool = true) {
        classifies = classifying
        // A string of its own (the same storage when all of it is read): its views copy faster than a slice's.
        let readable = String(ReadingLimit.readable(text))
        let utf8 = Array(readable.utf8)
        self.utf8 = utf8
        // ASCII (most sentences): a scalar per byte, each starting where its byte is.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            scalars = utf8.map { Unicode.Scalar($0) }
            offsets = []
            return
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        for c in readable.unicodeScalars {
            scalars.append(c)
            offsets.append(offset)
            offset += UTF8.width(c)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// Whether the sentence is plain ASCII.
    var isASCII: Bool { offsets.isEmpty }

    /// Where scalar `k` starts in `utf8`; `scalars.count` gives the end.
    @inline(__always) func offset(_ k: Int) -> Int { offsets.isEmpty ? k : offsets[k] }

    /// The original text of scalars `from..<to`, without Markdown emphasis asterisks.
    func text(from: Int, to: Int) -> String {
        let bytes = utf8[offset(from)..<offset(to)]
        guard bytes.contains(UInt8(ascii: "*")) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.filter { $0 != UInt8(ascii: "*") }, as: UTF8.self)
    }

    /// The tokens of the sentence, in order.
    func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 1)
        var builder = TextBuilder()
        var i = 0
        var space = true
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if Lexer.isSpace(c) {
                space = true
                i += 1
                continue
            }
            // Markdown emphasis pasted with the text ("from **42 minutes** to **10 minutes**") is not a word or a
            // symbol of the sentence; a bullet "*" that starts it is, as the list marker it is.
            if c == "*", !tokens.isEmpty {
                i += 1
                continue
            }
            if Lexer.isDigit(c), let parts = datePieces(at: i) {
                for var part in parts {
                    part.spaceBefore = part.start == i && space
                    tokens.append(part)
                }
                space = false
                i = parts[parts.count - 1].end
                continue
            }
            var token: Token
            if Lexer.isDigit(c) {
                token = number(at: i)
            } else if Lexer.isLetter(c) {
                token = word(at: i, &builder)
            } else {
                token = symbol(at: i)
            }
            token.spaceBefore = space
            space = false
            i = token.end
            tokens.append(token)
        }
        return tokens
    }

    private func symbol(at i: Int) -> Token {
        let c = scalars[i]
        let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
        let pairs: [(Unicode.Scalar, Unicode.Scalar, String)] = [("-", ">", "→"), ("=", ">", "→"), (">", "=", "≥"), ("<", "=", "≤")]
        if let next {
            for (a, b, folded) in pairs where c == a && next == b {
                return Token(kind: .symbol, start: i, end: i + 2, text: folded)
            }
        }
        let folded: String
        switch c {
        case "–", "—", "−", "‐", "‑": folded = "-"
        case "⟶", "➔", "➜", "⇒", "→": folded = "→"
        case "＄": folded = "$"
        case "％": folded = "%"
        case "×", "✕": folded = "×"
        default: folded = String(Character(c))
        }
        return Token(kind: .symbol, start: i, end: i + 1, text: folded)
    }

    /// The word starting at `start`, spelled into `text` (emptied first; one builder serves a whole sentence).
    private func word(at start: Int, _ text: inout TextBuilder) -> Token {
        if let plain = plainWord(at: start) { return plain }
        text.removeAll()
        var i = start
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            // "EUR40k", "USD1.2M": a currency code glued to its amount.
            if Lexer.isDigit(c), i - start == 3, Units.currencyWords[text.string] != nil { break }
            // "NPSを35%から55%に": scripts written without spaces end a word where the script or a number starts.
            if i > start, Lexer.isSpaceless(c) != Lexer.isSpaceless(scalars[i - 1]), !Lexer.isMark(c) { break }
            if Lexer.isLetter(c) || Lexer.isDigit(c) || Lexer.isMark(c) {
                text.appendLowercased(c)
                i += 1
            } else if c == ".", i + 1 < n, Lexer.isDigit(scalars[i + 1]), Lexer.isDigit(scalars[i - 1]) {
                // A version such as "v2.0" stays one word.
                text.append(c)
                i += 1
            } else if (c == "-" || c == "‑") && i + 1 < n && Lexer.isDigit(scalars[i + 1]) && !Lexer.isDigit(scalars[i - 1]) {
                // "week-2", "Sev-1", "COVID-19": a name, not an amount.
                text.append("-")
                i += 1
            } else if (c == "-" || c == "'" || c == "’" || c == "‑") && i + 1 < n && Lexer.isLetter(scalars[i + 1]) {
                text.append(c == "’" ? "'" : (c == "‑" ? "-" : c))
                i += 1
            } else {
                break
            }
        }
        let word = text.string
        return Token(kind: .word, start: start, end: i, text: word, classes: classifies ? WordClass.of(word) : [])
    }

    /// The word starting at `start` when it is ASCII letters and digits only (most words), lower-cased straight from
    /// its bytes; `nil` when it holds anything `word(at:_:)` must judge: a dot, a hyphen, an apostrophe, a letter
    /// outside ASCII, or a digit after three letters (a currency code glued to its amount, "EUR40k").
    private func plainWord(at start: Int) -> Token? {
        var i = start
        let n = scalars.count
        while i < n {
            let v = scalars[i].value
            if (v >= 97 && v <= 122) || (v >= 65 && v <= 90) {
                i += 1
            } else if v >= 48 && v <= 57 {
                if i - start == 3 { return nil }
                i += 1
            } else if v >= 0x80 || v == 46 || v == 45 || v == 39 {
                return nil
            } else {
                break
            }
        }
        let from = offset(start), count = i - start
        let word = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count {
                let byte = utf8[from + k]
                buffer[k] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
            }
            return count
        }
        return Token(kind: .word, start: start, end: i, text: word, classes: classifies ? WordClass.of(word) : [])
    }

    /// "31.12.2027", "2027.12.31", "12/31/2027": a date's numbers and separators, which the number rules would
    /// otherwise misread as a decimal.
    private func datePieces(at start: Int) -> [Token]? {
        var groups: [(from: Int, to: Int)] = []
        var i = start
        var separator: Unicode.Scalar?
        while i < scalars.count, groups.count < 3 {
            let from = i
            while i < scalars.count, Lexer.isDigit(scalars[i]) { i += 1 }
            guard i > from else { return nil }
            groups.append((from, i))
            guard groups.count < 3 else { break }
            guard i + 1 < scalars.count, scalars[i] == "." || scalars[i] == "/", separator == nil || separator == scalars[i],
                Lexer.isDigit(scalars[i + 1])
            else { return nil }
            separator = scalars[i]
            i += 1
        }
        guard groups.count == 3, let separator, i >= scalars.count || !Lexer.isDigit(scalars[i]) else { return nil }
        let lengths = groups.map { $0.to - $0.from }
        let dayFirst = lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4
        let yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2
        guard dayFirst || yearFirst else { return nil }
        let sep = String(Character(separator))
        var pieces: [Token] = []
        for (k, g) in groups.enumerated() {
            if k > 0 { pieces.append(Token(kind: .symbol, start: g.from - 1, end: g.from, text: sep, spaceBefore: false)) }
            pieces.append(Token(kind: .number, start: g.from, end: g.to, text: text(from: g.from, to: g.to), value: digits(g),
                spaceBefore: false))
        }
        return pieces
    }

    private func number(at start: Int) -> Token {
        // Collect digit groups and the separators between them.
        var groups: [(from: Int, to: Int)] = []
        var seps: [Unicode.Scalar] = []
        var i = start
        let n = scalars.count
        var groupStart = i
        var tooManyGroups = false
        while i < n {
            let c = scalars[i]
            if Lexer.isDigit(c) {
                i += 1
            } else if ((c == "," || c == "." || Lexer.isThinSpace(c)) && i + 1 < n && Lexer.isDigit(scalars[i + 1]))
                || (c == " " && isSpacedThousands(groupStart: groupStart, space: i, previous: seps))
            {
                guard groups.count + 2 <= Lexer.mostDigitGroups else {
                    tooManyGroups = true
                    break
                }
                groups.append((groupStart, i))
                seps.append(Lexer.isThinSpace(c) || c == " " ? "\u{A0}" : c)
                i += 1
                groupStart = i
            } else {
                break
            }
        }
        groups.append((groupStart, i))
        var end = i
        var value: Double
        var decimal: Double?
        if !tooManyGroups, let read = interpret(groups: groups, seps: seps) {
            value = read.value
            decimal = read.decimal
        } else {
            // No pattern fits ("1,2,3", "v2.0.1", a run of more groups than any number has): the number is the first
            // group only, and the lexer goes on after it.
            value = digits(groups[0])
            end = groups[0].to
            groups = [groups[0]]
        }
        let text = self.text(from: start, to: end)
        return Token(
            kind: .number, start: start, end: end, text: text, value: value, decimalReading: decimal,
            hasSeparators: groups.count > 1)
    }

    /// The most digit groups a number has ("100,000,000,000,000,000,000"); a longer run ("1,1,1,…") fits no
    /// pattern, and stopping there keeps each digit read a bounded number of times.
    static let mostDigitGroups = 7

    /// "100 000": whether the plain space at `space` separates thousands. Only a group of one to three digits
    /// (the number's first, or one after another space) before it, and exactly three digits after it that end
    /// the number, not a compound such as "5 500-word" or a decimal such as "3 100.5".
    private func isSpacedThousands(groupStart: Int, space: Int, previous: [Unicode.Scalar]) -> Bool {
        let before = space - groupStart
        guard before >= 1, before <= 3, previous.allSatisfy({ $0 == "\u{A0}" }) else { return false }
        let end = space + 4
        guard end <= scalars.count, (space + 1..<end).allSatisfy({ Lexer.isDigit(scalars[$0]) }) else { return false }
        guard end < scalars.count else { return true }
        let next = scalars[end]
        if Lexer.isDigit(next) || Lexer.isLetter(next) || next == "-" || next == "/" || next == "‑" { return false }
        if next == "." || next == "," { return end + 1 >= scalars.count || !Lexer.isDigit(scalars[end + 1]) }
        return true
    }

    /// Values the digit groups, or `nil` when the separators fit no pattern.
    private func interpret(groups: [(from: Int, to: Int)], seps: [Unicode.Scalar]) -> (value: Double, decimal: Double?)? {
        if seps.isEmpty { return (digits(groups[0]), nil) }
        func len(_ k: Int) -> Int { groups[k].to - groups[k].from }
        let firstOK = len(0) >= 1 && len(0) <= 3
        if seps.contains("\u{A0}") {
            // "100 000" with a no-break or thin space: thousands only.
            guard firstOK, seps.allSatisfy({ $0 == "\u{A0}" }), (1..<groups.count).allSatisfy({ len($0) == 3 }) else { return nil }
            return (groups.reduce(0.0) { $0 * 1000 + digits($1) }, nil)
        }
        let mixed = seps.contains(",") && seps.contains(".")
        if mixed {
            // The last separator is the decimal mark; the others must all be the other mark, in groups of three.
            let last = seps[seps.count - 1]
            guard firstOK, seps.dropLast().allSatisfy({ $0 != last }) else { return nil }
            for k in 1..<(groups.count - 1) where len(k) != 3 { return nil }
            var whole = 0.0
            for k in 0..<(groups.count - 1) { whole = whole * 1000 + digits(groups[k]) }
            return (whole + fraction(groups[groups.count - 1]), nil)
        }
        let allThree = (1..<groups.count).allSatisfy { len($0) == 3 }
        if seps.count > 1 {
            guard firstOK, allThree else { return nil }
            return (groups.reduce(0.0) { $0 * 1000 + digits($1) }, nil)
        }
        // One separator: thousands when three digits follow and the number does not start with 0.
        let asDecimal = digits(groups[0]) + fraction(groups[1])
        let leadingZero = len(0) == 1 && scalars[groups[0].from] == "0"
        if allThree && firstOK && !leadingZero {
            return (digits(groups[0]) * 1000 + digits(groups[1]), seps[0] == "." ? asDecimal : nil)
        }
        return (asDecimal, nil)
    }

    private func digits(_ g: (from: Int, to: Int)) -> Double {
        var v = 0.0
        for k in g.from..<g.to { v = v * 10 + Double(scalars[k].value - 48) }
        return v
    }

    private func fraction(_ g: (from: Int, to: Int)) -> Double {
        var v = 0.0
        var scale = 0.1
        for k in g.from..<g.to {
            v += Double(scalars[k].value - 48) * scale
            scale /= 10
        }
        return v
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    /// Whether a letter is of a script written without spaces between words: CJK, kana, Hangul.
    @inline(__always) static func isSpaceless(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v >= 0x2E80 && (v <= 0x9FFF || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF66...0xFF9F).contains(v))
    }

    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x300 else { return false }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The no-break and thin spaces some keyboards and locales put between thousands: "100 000".
    @inline(__always) static func isThinSpace(_ c: Unicode.Scalar) -> Bool {
        c.value == 0xA0 || c.value == 0x202F || c.value == 0x2009
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v <= 32 || v == 127 }
        switch c.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return true
        default: return false
        }
    }
}
