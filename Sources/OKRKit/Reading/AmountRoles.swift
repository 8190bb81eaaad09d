/// Which amount of a key result is where it starts, where it should end, and by how much it should move.
///
/// Cues are the words before an amount: "from" starts, "to", "of", "at", "reach", "→" and bounds ("70+",
/// "above 25%") end, "by" moves. "X to Y" and "X → Y" without "from" read as start and end. A lone amount is
/// the target, or the change when the verb already says which way and the amount is a percentage or multiplier.
struct AmountRoles {
    var baseline: FoundQuantity?
    var target: FoundQuantity?
    var change: FoundQuantity?

    init(analysis: SentenceAnalysis, verb: FoundVerb?) {
        let tokens = analysis.tokens
        // "Reduce costs 15% while keeping latency under 200ms": amounts of a side clause are constraints.
        let clause = analysis.sideClauseStart
        let measures = analysis.quantities.filter { q in
            q.quantity.isMeasure && !analysis.isCondition(q) && q.range.lowerBound < clause
        }
        func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }
        func cue(before q: FoundQuantity) -> String? {
            var j = q.prefixStart - 1
            while word(j) != nil, tokens[j].classes.contains(.filler) { j -= 1 }
            if j >= 0, tokens[j].kind == .symbol, tokens[j].text == "~" || tokens[j].text == "(" { j -= 1 }
            if j >= 0, tokens[j].kind == .symbol, tokens[j].text == "→" || tokens[j].text == "=" || tokens[j].text == ":" {
                // "(baseline: 35)", "today = 40%": a label of today's value before the sign.
                if let label = word(j - 1), Self.baselineCues.contains(label) { return label }
                return tokens[j].text
            }
            guard let w = word(j) else { return nil }
            // "from a baseline of 5%": the "of" hands on the baseline's role.
            if w == "of", let label = word(j - 1), Self.baselineCues.contains(label) { return label }
            if (w == "from" || w == "than"), let w0 = word(j - 1), ["up", "down", "compared", "vs", "versus"].contains(w0) {
                return "currently"
            }
            if w == "to", word(j - 1) == "compared" { return "currently" }
            return w
        }
        var unassigned: [FoundQuantity] = []
        for (k, q) in measures.enumerated() {
            let c = cue(before: q)
            let after = word(q.range.upperBound)
            let opensSpan = k + 1 < measures.count && Self.isSpan(from: q, to: measures[k + 1], tokens: tokens)
            if Self.baselineCues.contains(c ?? "") || ["today", "now", "currently", "baseline", "today's"].contains(after ?? "") {
                if baseline == nil { baseline = q } else { unassigned.append(q) }
            } else if c == "by" && change == nil {
                change = q
            } else if opensSpan, baseline == nil, !Self.targetCues.contains(c ?? "") {
                baseline = q
            } else if Self.targetCues.contains(c ?? "") || c == "→" || c == "=" || c == ":" {
                if target == nil { target = q } else { unassigned.append(q) }
            } else {
                unassigned.append(q)
            }
        }
        // "Sign 10 new clients at $50K+ ACV": the verb's own object is the target, the later amount a qualifier.
        if let verb, let object = unassigned.first(where: { $0.prefixStart == verb.range.upperBound || cue(before: $0) == verb.text }),
            let t = target, Self.qualifierCues.contains(cue(before: t) ?? ""), object.quantity.kind != .multiplier
        {
            unassigned.removeAll { $0.range == object.range }
            unassigned.insert(t, at: 0)
            target = object
        }
        for q in unassigned {
            let kind = q.quantity.kind
            if target == nil, q.quantity.bound != nil || q.quantity.upper != nil {
                target = q
            } else if kind == .multiplier, target == nil, let verb, verb.direction == .achieve || verb.direction == .maintain,
                !Self.comparatives.contains(word(q.range.upperBound) ?? "")
            {
                // "Achieve 3x ROAS", "reach 4x pipeline coverage": the multiple is the level to reach.
                target = q
            } else if change == nil, q.sign != 0 || kind == .multiplier {
                change = q
            } else if change == nil, let verb, verb.direction == .increase || verb.direction == .decrease,
                kind == .percent || kind == .points,
                (target == nil && (baseline.map { $0.quantity.kind != kind } ?? true))
                    || (target.map { $0.quantity.kind != kind && $0.range.lowerBound > q.range.lowerBound } ?? false)
            {
                // "Grow revenue 20%", "Lift margin 3 points to 71%", "Grow MAU 20% from a 10k baseline": a move, not an
                // end value.
                change = q
            } else if target == nil {
                target = q
            }
        }
    }

    /// Whether `a` and `b` are joined as a span: "9h to 2h", "50% → 65%", "5k -> 8k"; not "3 points to 71%".
    private static func isSpan(from a: FoundQuantity, to b: FoundQuantity, tokens: [Token]) -> Bool {
        let ka = a.quantity.kind, kb = b.quantity.kind
        guard ka == kb || ka == .number || kb == .number else { return false }
        var j = a.range.upperBound
        guard j < b.prefixStart || j == b.range.lowerBound else { return false }
        guard j < tokens.count else { return false }
        let t = tokens[j]
        guard (t.kind == .word && t.text == "to") || (t.kind == .symbol && t.text == "→") else { return false }
        j += 1
        while j < b.prefixStart, tokens[j].kind == .word, tokens[j].classes.contains(.filler) { j += 1 }
        return j == b.prefixStart
    }

    /// Words that may stand between a cue and its amount: "to about 50", "from today's 20%".
    static let fillers: WordSet = [
        "a", "an", "the", "low", "mid", "high", "about", "around", "approximately", "approx", "roughly", "nearly",
        "almost", "just", "only", "today's", "current", "our", "its", "their", "total", "average", "avg", "median", "mean", "estimated", "est",
    ]

    /// Words after a multiple that make it a move: "2x more tickets", "3x faster".
    static let comparatives: WordSet = [
        "more", "faster", "higher", "bigger", "larger", "fewer", "less", "the", "our", "as", "growth", "increase",
    ]

    /// Words before an amount that make it today's value.
    static let baselineCues: WordSet = [
        "from", "currently", "baseline", "today", "now", "was", "vs", "versus", "starting", "start", "base", "since",
    ]

    /// Target cues that may instead qualify an earlier amount: "10 clients at $50K", "3 posts with 1,000 views".
    static let qualifierCues: WordSet = ["at", "of", "with", "over"]

    /// Words before an amount that make it the value to reach.
    static let targetCues: WordSet = [
        "to", "of", "at", "reach", "reaching", "reaches", "reached", "hit", "hitting", "achieve", "achieving", "attain",
        "target", "goal", "toward", "towards", "into", "hits", "is", "be", "are", "stay", "stays", "remain", "remains",
        "keep", "maintain", "surpass", "exceed", "beat", "get", "over", "past", "land", "deliver", "with",
    ]
}
