/// Finds the measured phrase of a key result: the person's words with the verb, amounts, deadline and filler
/// taken out. "Raise week-one activation from 50% to 65% by end of Q2" measures "week-one activation".
struct MetricFinder {
    let analysis: SentenceAnalysis

    private var tokens: [Token] { analysis.tokens }

    private func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }

    /// The metric phrase, or `nil` when nothing is left to name one.
    func find(verb: FoundVerb?, roles: AmountRoles) -> String? {
        var blocked = [Bool](repeating: false, count: tokens.count)
        // Where each amount starts, by token: a sentence has a handful of tokens, so flags beat a hashed set.
        var starts = [Bool](repeating: false, count: tokens.count + 1)
        for q in analysis.quantities {
            for i in q.prefixStart..<q.range.upperBound { blocked[i] = true }
            starts[q.prefixStart] = true
        }
        for i in tokens.indices where analysis.isAside(i) { blocked[i] = true }
        if let verb { for i in verb.range { blocked[i] = true } }
        let cues = cuesOfAmounts(starts: starts)

        // "Hire 5 engineers for the platform team": a count right after the verb names the metric.
        if let verb, verb.isLeading, let q = analysis.quantities.first(where: { $0.prefixStart >= verb.range.upperBound }),
            q.quantity.kind == .count, let noun = q.quantity.unit, !isCompoundAdjective(q),
            (verb.range.upperBound..<q.prefixStart).allSatisfy({ word($0).map(AmountRoles.fillers.contains) ?? false })
        {
            let end = phraseEnd(from: q.range.upperBound, limit: tokens.count, blocked: blocked, cues: cues)
            guard end > q.range.upperBound, let w = word(q.range.upperBound), Self.attaching.contains(w),
                let rest = trimmed(q.range.upperBound..<end, keepingLead: true)
            else { return noun }
            return noun + " " + rest
        }
        // The metric follows a leading verb and precedes a late one ("churn reduced to 3%"); either side is a fallback
        // for the other ("Retention: improve from 60% to 70%").
        let start = min(analysis.bodyStart, tokens.count)
        var regions: [Range<Int>] = [start..<tokens.count]
        if let verb {
            let before = start..<max(start, verb.range.lowerBound), after = verb.range.upperBound..<tokens.count
            regions = verb.isLeading ? [after, before] : [before, after]
        }
        for region in regions {
            var i = region.lowerBound
            while i < region.upperBound {
                let j = phraseEnd(from: i, limit: region.upperBound, blocked: blocked, cues: cues)
                if let phrase = trimmed(i..<j, keepingLead: false) { return phrase }
                i = max(j, i + 1)
            }
        }
        // "Reach 10,000 weekly active users": the counted noun is what is measured.
        for q in [roles.target, roles.change, roles.baseline] {
            if let q, q.quantity.kind == .count { return q.quantity.unit }
        }
        return analysis.quantities.first { $0.quantity.kind == .count }?.quantity.unit
    }

    /// Whether a count is written as an adjective of the noun after it: "a 4.5-star rating" measures the rating.
    private func isCompoundAdjective(_ q: FoundQuantity) -> Bool {
        let i = q.range.lowerBound
        return i + 1 < tokens.count && tokens[i + 1].isSymbol("-") && word(q.range.upperBound) != nil
    }

    /// Prepositions that attach a phrase to a counted noun: "features in beta", "engineers for the data team".
    static let attaching: WordSet = ["in", "on", "for", "with", "across", "from", "into", "per", "using"]

    /// Where a phrase starting at `i` ends: at an amount, its cue, the deadline, the confidence or a break.
    private func phraseEnd(from i: Int, limit: Int, blocked: [Bool], cues: [Bool]) -> Int {
        var j = i
        while j < limit, !blocked[j] {
            if tokens[j].isSymbol("("), let close = parenthetical(at: j), close <= limit {
                j = close
                continue
            }
            if isBreak(j) || cues[j] || analysis.frequencySpan?.range.lowerBound == j { break }
            j += 1
        }
        return j
    }

    /// Whether token `i` ends a metric: punctuation, a spaced dash, or a clause such as "while" or "by improving".
    private func isBreak(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .symbol {
            // "avg. order value": the dot of an abbreviation does not end the phrase.
            if t.text == ".", !t.spaceBefore, let before = word(i - 1), Self.abbreviations.contains(before) { return false }
            // "LTV:CAC", "A/B": a symbol inside a name.
            if !t.spaceBefore, i + 1 < tokens.count, !tokens[i + 1].spaceBefore, word(i - 1) != nil, word(i + 1) != nil {
                return false
            }
            if t.text == "-" { return t.spaceBefore && (i + 1 >= tokens.count || tokens[i + 1].spaceBefore) }
            return !Self.joiningSymbols.contains(t.text)
        }
        guard t.kind == .word else { return false }
        if t.classes.contains(.clause) { return analysis.startsSideClause(at: i) }
        if Self.means.contains(t.text), let next = word(i + 1), next.hasSuffix("ing") { return true }
        return false
    }

    static let abbreviations: WordSet = [
        "avg", "approx", "est", "vs", "incl", "excl", "no", "nr", "num", "mo", "yr", "wk", "hr", "hrs", "min", "max", "dept",
        "mgmt", "acct", "cust", "eng", "ops", "qty", "e.g", "i.e", "etc",
    ]
    static let joiningSymbols: WordSet = ["&", "/", "'", "\"", "#", "@", "+", ")"]
    static let means: WordSet = ["by", "through", "via", "thanks"]
    /// Cue words beyond the baseline and target cues: "by 25%", "between 20 and 25", "back above 90%".
    static let otherCues: WordSet = ["by", "between", "up", "down", "compared", "back"]

    static let clauseWords: WordSet = ["while", "whilst", "without", "whereas", "because", "thereby", "so", "which", "but"]

    /// Words that label the starting value between a cue and its amount: "from a baseline of 5%".
    static let baselineLabels: WordSet = ["baseline", "base"]

    /// Whether each token is a cue word whose amount follows: the "from" of "from 50%", the "by" of "by 25%", the
    /// first "from" of "from a baseline of 5%". `starts` says at which tokens amounts start, with the words that qualify
    /// them. One pass from the end, so a long run of cue words ("from from from …") costs no more than its length.
    private func cuesOfAmounts(starts: [Bool]) -> [Bool] {
        var cues = [Bool](repeating: false, count: tokens.count)
        // The first token after `i` that cannot stand between a cue and its amount: where the cue's amount starts.
        var amountPlace = tokens.count
        for i in tokens.indices.reversed() {
            if tokens[i].kind == .word, tokens[i].classes.contains(.cue) {
                var j = amountPlace
                if j < tokens.count, tokens[j].isSymbol("~") { j += 1 }
                cues[i] = j < starts.count && starts[j]
            }
            if !mayStandBeforeAmount(i) { amountPlace = i }
        }
        return cues
    }

    /// Whether token `i` may stand between a cue and its amount: filler, "from", "to", a baseline label, or the
    /// "of" after one ("from a baseline of 5%").
    private func mayStandBeforeAmount(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if tokens[i].classes.contains(.filler) { return true }
        // The other words that may stand there are all cue words: most words leave on this bit.
        guard tokens[i].classes.contains(.cue) else { return false }
        let w = tokens[i].text
        return w == "from" || w == "to" || Self.baselineLabels.contains(w) || (w == "of" && Self.baselineLabels.contains(word(i - 1) ?? ""))
    }

    /// The index after a short parenthetical made of words only, such as "(NPS)", or `nil`.
    private func parenthetical(at i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, j - i <= 6, tokens[j].kind == .word { j += 1 }
        guard j > i + 1, j < tokens.count, tokens[j].isSymbol(")") else { return nil }
        return j + 1
    }

    /// The phrase without edge filler (at the end only when `keepingLead`), whitespace collapsed; `nil` when only filler was there.
    private func trimmed(_ range: Range<Int>, keepingLead: Bool) -> String? {
        var lower = range.lowerBound
        var upper = range.upperBound
        // "Launch a help center": after an article a lead-in word ("help", "plan") is part of the noun.
        var passedDeterminer = false
        while !keepingLead, lower < upper, isEdgeFiller(lower, atEnd: passedDeterminer) {
            if let w = word(lower), VerbFinder.determiners.contains(w) { passedDeterminer = true }
            lower += 1
        }
        while upper > lower, isEdgeFiller(upper - 1, atEnd: true), !tokens[upper - 1].isSymbol(")") { upper -= 1 }
        guard lower < upper, (lower..<upper).contains(where: { tokens[$0].kind == .word }) else { return nil }
        return Self.collapsingWhitespace(analysis.text(lower..<upper))
    }

    /// The text with each run of whitespace or control characters turned into one space.
    static func collapsingWhitespace(_ text: String) -> String {
        var out = TextBuilder(capacity: text.utf8.count)
        var pendingSpace = false
        for c in text.unicodeScalars {
            if Lexer.isSpace(c) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out.string
    }

    /// Whether token `i` is filler at the edge of a metric; lead-ins ("ensure", "we will") only at its start.
    private func isEdgeFiller(_ i: Int, atEnd: Bool = false) -> Bool {
        let t = tokens[i]
        if t.kind == .symbol { return t.text != "(" || parenthetical(at: i) == nil }
        guard t.kind == .word else { return false }
        return t.classes.contains(.edge) || (!atEnd && t.classes.contains(.leadIn))
    }

    static let edgeWords: WordSet = [
        "a", "an", "the", "our", "my", "your", "their", "its", "his", "her", "of", "to", "in", "on", "for", "and", "or",
        "with", "at", "from", "by", "this", "that", "these", "those", "all", "up", "down", "is",
        "are", "be", "more", "less", "fewer", "than", "per", "each", "every", "across", "flat", "steady", "stable",
        "constant", "unchanged", "don't", "dont", "never", "not", "let", "do",
    ]
}
