/// Finds a stated confidence: "(confidence 5/10)", "confidence: 0.5", "50% confident", "conf 7/10", "[7/10]".
struct ConfidenceFinder {
    let tokens: [Token]

    /// The confidence on a 0 to 10 scale and the tokens that state it (brackets included), or `nil`.
    func find() -> (value: Double, range: Range<Int>)? {
        for i in tokens.indices where tokens[i].kind == .word && Self.isKeyword(at: i, in: tokens) {
            if let after = amount(at: skipJoiners(from: i + 1)), let value = Self.scaled(after.value) {
                return (value, widen(i..<after.end))
            }
            if let before = amountEnding(at: i - 1), let value = Self.scaled(before.value) {
                return (value, widen(before.start..<(i + 1)))
            }
        }
        // A bare "[7/10]" or "(7/10)" opening or closing the sentence.
        if tokens.count >= 5, tokens[0].isSymbol("(") || tokens[0].isSymbol("["), let a = amount(at: 1), a.end == 4,
            tokens[4].isSymbol(")") || tokens[4].isSymbol("]"), a.value.denominator != nil, let value = Self.scaled(a.value)
        {
            return (value, 0..<5)
        }
        var last = tokens.count - 1
        while last >= 0, tokens[last].kind == .symbol, [".", "!"].contains(tokens[last].text) { last -= 1 }
        if last >= 4, tokens[last].isSymbol(")") || tokens[last].isSymbol("]"),
            tokens[last - 4].isSymbol("(") || tokens[last - 4].isSymbol("["),
            let a = amount(at: last - 3), a.end == last, a.value.denominator != nil, let value = Self.scaled(a.value)
        {
            return (value, (last - 4)..<(last + 1))
        }
        return nil
    }

    static let keywords: WordSet = ["confidence", "conf", "confident", "confidence-level", "confidencelevel"]

    /// "confidence", "conf", or a lone "c" written as a label: "(c: 6/10)".
    static func isKeyword(at i: Int, in tokens: [Token]) -> Bool {
        if tokens[i].classes.contains(.confidenceKeyword) { return true }
        return tokens[i].text == "c" && i + 1 < tokens.count && (tokens[i + 1].isSymbol(":") || tokens[i + 1].isSymbol("="))
    }

    private func skipJoiners(from i: Int) -> Int {
        var j = i
        while j < tokens.count,
            (tokens[j].kind == .symbol && [":", "=", "-", "~", "≈"].contains(tokens[j].text))
                || (tokens[j].kind == .word && ["level", "of", "is", "at", "score", "rating", "about", "around"].contains(tokens[j].text))
                || (tokens[j].isSymbol(".") && j == i)
        {
            j += 1
        }
        return j
    }

    /// An amount such as "7/10", "7 out of 10", "70%", "0.7" or "7" starting at `i`.
    private func amount(at i: Int) -> (value: (number: Double, denominator: Double?, percent: Bool, decimal: Bool), end: Int)? {
        guard i < tokens.count, tokens[i].kind == .number else { return nil }
        let n = tokens[i].value
        let decimal = tokens[i].hasSeparators
        if i + 2 < tokens.count, tokens[i + 1].isSymbol("/"), tokens[i + 2].kind == .number {
            return ((n, tokens[i + 2].value, false, decimal), i + 3)
        }
        if i + 3 < tokens.count, tokens[i + 1].isWord("out"), tokens[i + 2].isWord("of"), tokens[i + 3].kind == .number {
            return ((n, tokens[i + 3].value, false, decimal), i + 4)
        }
        if i + 1 < tokens.count, tokens[i + 1].isSymbol("%") || tokens[i + 1].isWord("percent") {
            return ((n, nil, true, decimal), i + 2)
        }
        return ((n, nil, false, decimal), i + 1)
    }

    /// An amount that ends just before a keyword: "50% confident", "7/10 confidence".
    private func amountEnding(at i: Int) -> (value: (number: Double, denominator: Double?, percent: Bool, decimal: Bool), start: Int)? {
        // The longest amount wins: "3 out of 10 confident" is 3/10, not 10.
        for start in max(0, i - 3)...max(0, i) where start <= i {
            if let a = amount(at: start), a.end == i + 1 { return (a.value, start) }
        }
        return nil
    }

    /// Takes in the brackets around the statement, and a separating comma or dash before it.
    private func widen(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        if lower > 0, upper < tokens.count,
            (tokens[lower - 1].isSymbol("(") && tokens[upper].isSymbol(")"))
                || (tokens[lower - 1].isSymbol("[") && tokens[upper].isSymbol("]"))
        {
            lower -= 1
            upper += 1
        }
        if lower > 0, tokens[lower - 1].kind == .symbol, [",", "-", ";", "|", "·"].contains(tokens[lower - 1].text) { lower -= 1 }
        return lower..<upper
    }

    /// Brings a stated confidence to 0...10: "7/10" is 7, "3/5" is 6, "70%" is 7, "0.7" is 7; `nil` when off scale.
    static func scaled(_ v: (number: Double, denominator: Double?, percent: Bool, decimal: Bool)) -> Double? {
        var value: Double
        if let d = v.denominator {
            guard d > 0 else { return nil }
            value = v.number / d * 10
        } else if v.percent {
            value = v.number / 10
        } else if v.number <= 1 && (v.decimal || v.number < 1) {
            value = v.number * 10
        } else if v.number <= 10 {
            value = v.number
        } else if v.number <= 100 {
            value = v.number / 10
        } else {
            return nil
        }
        guard value.isFinite, value >= 0, value <= 10 else { return nil }
        return (value * 100).rounded() / 100
    }
}
