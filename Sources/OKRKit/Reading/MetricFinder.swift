/// Finds the measured phrase of a key result: the person's words with the verb, amounts, deadline and filler
/// taken out. "Raise week-one activation from 50% to 65% by end of Q2" measures "week-one activation".
struct MetricFinder {
    let analysis: SentenceAnalysis

    private var tokens: [Token] { analysis.tokens }

    private func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }

    /// The metric phrase, or `nil` when nothing is left to name one.
    func find(verb: FoundVerb?, roles: AmountRoles) -> String? {
        var blocked = [Bool](repeating: false, count: tokens.count)
        var amountStarts = Set<Int>()
        for q in analysis.quantities {
            for i in q.prefixStart..<q.range.upperBound { blocked[i] = true }
            amountStarts.insert(q.prefixStart)
        }
        for i in tokens.indices where analysis.isAside(i) { blocked[i] = true }
        if let verb { for i in verb.range { blocked[i] = true } }

        var regions: [Range<Int>] = []
        if let verb, !verb.isLeading {
            regions = [0..<verb.range.lowerBound, verb.range.upperBound..<tokens.count]
        } else {
            regions = [(verb?.range.upperBound ?? 0)..<tokens.count]
        }
        for region in regions {
            var i = region.lowerBound
            while i < region.upperBound {
                var j = i
                while j < region.upperBound, !blocked[j] {
                    if tokens[j].isSymbol("("), let close = parenthetical(at: j), close <= region.upperBound {
                        j = close
                        continue
                    }
                    if isBreak(j) || introducesAmount(j, starts: amountStarts) { break }
                    j += 1
                }
                if let phrase = trimmed(i..<j) { return phrase }
                i = max(j, i + 1)
            }
        }
        // "Hire 5 engineers", "Reach 10,000 weekly active users": the counted noun is what is measured.
        for q in [roles.target, roles.change, roles.baseline] {
            if let q, q.quantity.kind == .count { return q.quantity.unit }
        }
        return nil
    }

    /// Whether token `i` ends a metric: punctuation, a spaced dash, or a clause such as "while" or "by improving".
    private func isBreak(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .symbol {
            if t.text == "-" { return t.spaceBefore && (i + 1 >= tokens.count || tokens[i + 1].spaceBefore) }
            return !["&", "/", "'", "\"", "#", "@", "+", ")"].contains(t.text)
        }
        guard t.kind == .word else { return false }
        if Self.clauseWords.contains(t.text) { return true }
        if ["by", "through", "via", "thanks"].contains(t.text), let next = word(i + 1), next.hasSuffix("ing") { return true }
        return false
    }

    static let clauseWords: Set<String> = ["while", "whilst", "without", "whereas", "because", "thereby", "so", "which", "but"]

    /// Whether token `i` is a cue word whose amount follows: the "from" of "from 50%", the "by" of "by 25%".
    private func introducesAmount(_ i: Int, starts: Set<Int>) -> Bool {
        guard let w = word(i), AmountRoles.baselineCues.contains(w) || AmountRoles.targetCues.contains(w) || w == "by"
            || w == "between" || w == "up" || w == "down" || w == "compared"
        else { return false }
        var j = i + 1
        while let next = word(j), AmountRoles.fillers.contains(next) || next == "from" || next == "to" { j += 1 }
        if j < tokens.count, tokens[j].isSymbol("~") { j += 1 }
        return starts.contains(j)
    }

    /// The index after a short parenthetical made of words only, such as "(NPS)", or `nil`.
    private func parenthetical(at i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, j - i <= 6, tokens[j].kind == .word { j += 1 }
        guard j > i + 1, j < tokens.count, tokens[j].isSymbol(")") else { return nil }
        return j + 1
    }

    /// The phrase without edge filler, whitespace collapsed; `nil` when only filler was there.
    private func trimmed(_ range: Range<Int>) -> String? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isEdgeFiller(lower) { lower += 1 }
        while upper > lower, isEdgeFiller(upper - 1), !tokens[upper - 1].isSymbol(")") { upper -= 1 }
        guard lower < upper, (lower..<upper).contains(where: { tokens[$0].kind == .word }) else { return nil }
        let text = analysis.text(lower..<upper)
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private func isEdgeFiller(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .symbol { return t.text != "(" || parenthetical(at: i) == nil }
        guard t.kind == .word else { return false }
        return Self.edgeWords.contains(t.text) || Vocabulary.leadIns.contains(t.text)
    }

    static let edgeWords: Set<String> = [
        "a", "an", "the", "our", "my", "your", "their", "its", "his", "her", "of", "to", "in", "on", "for", "and", "or",
        "with", "at", "from", "by", "this", "that", "these", "those", "all", "up", "down", "is",
        "are", "be", "more", "less", "fewer", "than", "per", "each", "every", "across",
    ]
}
