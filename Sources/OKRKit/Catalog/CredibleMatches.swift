/// The catalog entries a key result's metric credibly names, each with the words that name it.
///
/// An entry is credible when one of its names, aliases or keywords is held whole by the metric's words (head words
/// such as "rate" may be left out), with at least one word of the metric's head: "response time" in "first response
/// time on chat", never "center" of "call center" in "a help center", nor a verb or a deadline alone. An entry whose
/// words are all explained by a longer match of another entry gives way to it: "response time" (p95 Latency) to
/// "first response time" (First Response Time). A key result without metric words is read in its objective's.
struct CredibleMatches {
    /// The words of one entry that match, and how.
    struct Match {
        /// The positions of the matching tokens, in the key result (or, for context, the objective).
        var positions: Set<Int>
        /// The most terms one matching phrase holds.
        var terms: Int
        /// Whether a name or alias matches, not only keywords.
        var isName: Bool

        /// Whether this match explains everything `other` does and more, or the same words better.
        func dominates(_ other: Match) -> Bool {
            if other.positions.isStrictSubset(of: positions) { return true }
            guard other.positions == positions else { return false }
            return terms > other.terms || (terms == other.terms && isName && !other.isName)
        }
    }

    /// The credible entries and their matches.
    let byDocument: [Int: Match]
    /// Whether the matches come from the objective because the key result names no metric.
    let fromObjective: Bool

    /// The credible entries for a query read as a key result; none for a query without evidence.
    init(_ query: KPIQuery, index: KPIIndex) {
        guard let evidence = query.evidence else {
            byDocument = [:]
            fromObjective = false
            return
        }
        fromObjective = !evidence.hasHead
        if evidence.hasHead {
            let roles = evidence.roles
            let head = Set(roles.indices.filter { roles[$0] == .head })
            let usable = Set(roles.indices.filter { roles[$0] != .other })
            let vocabulary = query.wordVocabulary.compactMapValues { positions in
                let kept = positions.intersection(usable)
                return kept.isEmpty ? nil : kept
            }
            let metric = Metric(head: head, noun: evidence.headNoun, written: query.keyResultTokens.map(\.term))
            byDocument = Self.undominated(Self.matches(vocabulary, metric, index: index))
        } else {
            let everywhere = Set(query.objectiveTokens.indices)
            let metric = Metric(head: everywhere, written: query.objectiveTokens.map(\.term))
            byDocument = Self.undominated(Self.matches(query.objectiveVocabulary, metric, index: index))
        }
    }

    /// The positions a match must touch: the metric's head, and its head noun for a one-word match; and the
    /// term written at each position, to tell a generic word from a telling one.
    private struct Metric {
        var head: Set<Int>
        var noun: Int?
        var written: [String]
    }

    /// Each entry's phrases held whole by `vocabulary` that name the metric, merged per entry. A phrase must touch
    /// the metric's head at a written word that is not generic ("customer", "time"), unless it is a name or alias
    /// held with every word ("Revenue"); a match at one word must be at the head noun: "posts" in "blog posts", not "billing"
    /// in "billing database".
    private static func matches(_ vocabulary: [String: Set<Int>], _ metric: Metric, index: KPIIndex) -> [Int: Match] {
        let telling = metric.head.filter { !index.isGeneric(metric.written[$0]) }
        let headTerms = Set(vocabulary.compactMap { $0.value.isDisjoint(with: metric.head) ? nil : $0.key })
        let tellingTerms = Set(vocabulary.compactMap { $0.value.isDisjoint(with: telling) ? nil : $0.key })
        // Without a telling word only names and aliases held whole can match: keywords need not be looked at.
        let phrases = tellingTerms.isEmpty ? index.namesByFirstTerm : index.phrasesByRarestTerm
        var result: [Int: Match] = [:]
        for term in vocabulary.keys {
            for phrase in phrases[term] ?? [] where phrase.required.allSatisfy({ vocabulary[$0] != nil }) {
                let present = phrase.optional.filter { vocabulary[$0] != nil }
                let held = phrase.required + present
                guard held.contains(where: headTerms.contains) else { continue }
                if !(phrase.isName && present.count == phrase.optional.count) {
                    guard held.contains(where: tellingTerms.contains) else { continue }
                }
                let positions = held.reduce(into: Set<Int>()) { $0.formUnion(vocabulary[$1] ?? []) }
                if positions.count == 1, let noun = metric.noun, !positions.contains(noun) { continue }
                let terms = held.count
                if var known = result[phrase.document] {
                    known.positions.formUnion(positions)
                    known.terms = max(known.terms, terms)
                    known.isName = known.isName || phrase.isName
                    result[phrase.document] = known
                } else {
                    result[phrase.document] = Match(positions: positions, terms: terms, isName: phrase.isName)
                }
            }
        }
        return result
    }

    /// The matches no other entry's match dominates. Matches are compared through the few distinct sets of
    /// positions they cover, keeping the best of each, so a large catalog costs no pairwise comparison.
    private static func undominated(_ matches: [Int: Match]) -> [Int: Match] {
        var best: [Set<Int>: Match] = [:]
        for match in matches.values {
            if let known = best[match.positions], !match.dominates(known) { continue }
            best[match.positions] = match
        }
        let leaders = Array(best.values)
        return matches.filter { _, match in !leaders.contains { $0.dominates(match) } }
    }
}
