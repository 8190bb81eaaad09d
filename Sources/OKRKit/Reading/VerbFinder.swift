/// The verb a key result turns on, and the way it points.
struct FoundVerb: Sendable {
    /// The verb's first token, and the token after it (two for "speed up").
    var range: Range<Int>
    /// The verb as written, lowercased: "raise", "speed up".
    var text: String
    var direction: Direction
    /// Whether the verb asks for "better" ("improve", "optimise"), so the metric decides the way.
    var isImproving: Bool
    /// Whether it opens the sentence (after lead-ins), so the metric follows it rather than precedes it.
    var isLeading = true
}

/// Finds the first verb of a sentence from the vocabularies, past lead-ins such as "ensure" or "we will".
struct VerbFinder {
    let analysis: SentenceAnalysis

    private var tokens: [Token] { analysis.tokens }

    private func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }

    /// The verb, or `nil` when the sentence has none ("Weekly active users: 5k → 8k").
    func find() -> FoundVerb? {
        var i = analysis.bodyStart
        var leading = true
        var negated = false
        while i < tokens.count {
            if analysis.isAside(i) {
                i += 1
                continue
            }
            guard let w = word(i) else {
                // A symbol ends the lead; a number or symbol before any verb means the sentence has no leading verb.
                if tokens[i].kind == .number || Self.leadEnders.contains(tokens[i].text) { leading = false }
                i += 1
                continue
            }
            // "Don't let churn exceed 3%", "never let uptime drop below 99.9%": a level to hold.
            if Self.negations.contains(w), word(i + 1) == "let" { negated = true }
            if var verb = verb(at: i, leading: leading || negated) {
                verb.isLeading = leading
                if negated { verb.direction = .maintain }
                return verb
            }
            if !tokens[i].classes.contains(.leadIn) && !Self.negations.contains(w) && w != "let" { leading = false }
            i += 1
        }
        return unknownLeadingVerb()
    }

    /// "Attend 4 industry conferences": a word opening the sentence right before a count of things is a verb the
    /// vocabularies lack, used as an imperative.
    private func unknownLeadingVerb() -> FoundVerb? {
        let i = analysis.bodyStart
        guard let w = word(i), tokens[i].classes.isDisjoint(with: [.stopword, .leadIn, .month, .cadence]),
            let q = analysis.quantities.first, q.prefixStart == i + 1, q.quantity.kind == .count
        else { return nil }
        return FoundVerb(range: i..<(i + 1), text: w, direction: .achieve, isImproving: false)
    }

    /// The verb at token `i`, if the word there is one in this position.
    private func verb(at i: Int, leading: Bool) -> FoundVerb? {
        guard let w = word(i) else { return nil }
        guard tokens[i].classes.contains(.verb) else {
            guard leading, let (verb, direction) = Self.misspelled(w) else { return nil }
            return FoundVerb(range: i..<(i + 1), text: w, direction: direction, isImproving: Vocabulary.improving.contains(verb))
        }
        if let next = word(i + 1), let direction = Vocabulary.phrasal[w]?[next] {
            return FoundVerb(range: i..<(i + 2), text: w + " " + next, direction: direction, isImproving: false)
        }
        if word(i + 1) == "than" { return nil }
        // "Bring MTTR down from 3h to 1h": the particle may follow the object.
        if let particles = Vocabulary.phrasal[w] {
            var j = i + 2
            while j < min(tokens.count, i + 6), let next = word(j), !analysis.isAside(j) {
                if (next == "up" || next == "down"), let direction = particles[next] {
                    return FoundVerb(range: i..<(i + 1), text: w, direction: direction, isImproving: false)
                }
                j += 1
            }
        }
        // "continue to grow": the second verb carries the meaning.
        if w == "continue" || w == "continues", word(i + 1) == "to" || (word(i + 1)?.hasSuffix("ing") ?? false) { return nil }
        // Outside the lead only a verb of change or of holding counts ("churn reduced to 3%", "uptime stays above"):
        // "deploys", "builds" and "reviews" there are nouns.
        if !leading {
            guard Vocabulary.increase.contains(w) || Vocabulary.decrease.contains(w) || Vocabulary.maintain.contains(w),
                !Self.determiners.contains(word(i - 1) ?? "")
            else { return nil }
        }
        if Vocabulary.nounVerbs.contains(w), let next = word(i + 1), Vocabulary.metricHeads.contains(next) { return nil }
        // "Onboarding NPS ≥ 60", "Hiring pipeline": a leading -ing of a deliverable verb names a metric.
        if w.hasSuffix("ing"), w.utf8.count >= 6, Vocabulary.achieve.contains(w), !Vocabulary.increase.contains(w),
            !Vocabulary.decrease.contains(w),
            word(i + 1) != nil, !Vocabulary.stopwords.contains(word(i + 1) ?? "")
        {
            return nil
        }
        let improving = Vocabulary.improving.contains(w)
        if Vocabulary.maintain.contains(w) {
            if ["hold", "holds", "holding", "run", "retain", "retains", "retained"].contains(w), !holdsALevel(after: i) {
                return FoundVerb(range: i..<(i + 1), text: w, direction: .achieve, isImproving: false)
            }
            return FoundVerb(range: i..<(i + 1), text: w, direction: .maintain, isImproving: false)
        }
        if Vocabulary.decrease.contains(w) { return FoundVerb(range: i..<(i + 1), text: w, direction: .decrease, isImproving: improving) }
        if Vocabulary.increase.contains(w) { return FoundVerb(range: i..<(i + 1), text: w, direction: .increase, isImproving: improving) }
        if Vocabulary.achieve.contains(w), !Vocabulary.leadIns.contains(w) {
            return FoundVerb(range: i..<(i + 1), text: w, direction: .achieve, isImproving: improving)
        }
        return nil
    }

    /// The verb a word of five letters or more misspells by one letter ("incrase", "redcue", "rasie"), with its way.
    static func misspelled(_ w: String) -> (verb: String, direction: Direction)? {
        let a = Array(w.utf8)
        // Short plurals are nouns one letter from a verb ("sales", "scales"); leave them alone.
        guard a.count >= 6 || (a.count == 5 && a[4] != 115), !Vocabulary.stopwords.contains(w) else { return nil }
        for candidate in verbsByFirstByte[Int(a[0])] where abs(candidate.bytes.count - a.count) <= 1 {
            if oneEditApart(a, candidate.bytes) { return (candidate.verb, candidate.direction) }
        }
        return nil
    }

    /// The verbs `misspelled` compares with, by their first byte, in the order it tries them: holding, then
    /// decrease, increase and achieve verbs, each in its vocabulary's order.
    private static let verbsByFirstByte: [[(bytes: [UInt8], verb: String, direction: Direction)]] = {
        var groups = [[(bytes: [UInt8], verb: String, direction: Direction)]](repeating: [], count: 256)
        let sets: [(WordSet, Direction)] = [
            (Vocabulary.maintain, .maintain), (Vocabulary.decrease, .decrease), (Vocabulary.increase, .increase),
            (Vocabulary.achieve, .achieve),
        ]
        for (set, direction) in sets {
            for verb in set {
                guard let first = verb.utf8.first else { continue }
                groups[Int(first)].append((Array(verb.utf8), verb, direction))
            }
        }
        return groups
    }()

    /// Whether two words differ by one inserted, deleted, replaced or swapped letter.
    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        if a.count + 1 == b.count { return a[i...] == b[(i + 1)...] }
        if b.count + 1 == a.count { return a[(i + 1)...] == b[i...] }
        return false
    }

    static let negations: WordSet = ["don't", "dont", "never", "not", "do", "won't", "cannot", "can't"]
    static let determiners: WordSet = ["the", "a", "an", "our", "its", "their", "this", "that"]
    static let leadEnders: WordSet = [":", "→", "=", "("]

    /// Whether "hold" or "retain" is followed by a level to hold ("at", "above", "steady") rather than a count
    /// of things to run ("hold 12 interviews").
    private func holdsALevel(after i: Int) -> Bool {
        for j in (i + 1)..<min(tokens.count, i + 8) {
            if let w = word(j), ["at", "above", "below", "under", "over", "steady", "flat", "stable", "constant", "within",
                "least", "most"].contains(w)
            {
                return true
            }
            if tokens[j].kind == .symbol, ["≥", "≤", ">", "<"].contains(tokens[j].text) { return true }
        }
        return false
    }
}
