/// Ranks catalog KPIs for a key result and explains each choice.
///
/// Only entries the key result's metric credibly names are suggested (`CredibleMatches`: a name, alias or keyword
/// held whole by the reading's metric phrase, not by a verb, a deadline or one incidental word). They are ranked by
/// BM25F over each entry's name and aliases (weighted high), keywords (medium), definition (low) and category, with
/// bigrams as extra terms so "response time" beats "time", synonyms and abbreviations expanded from the catalog,
/// the metric's words counting more than the rest, and the objective as lower-weight context. When the key
/// result's own metric is an entry (its name or an alias is all in the key result), that entry comes first and its
/// counter-metrics follow.
/// The index is built once, in `init`.
public struct KPISuggester: Sendable {
    /// The catalog suggestions come from.
    public let catalog: KPICatalog
    private let index: KPIIndex

    /// A suggester over `catalog`; builds its index.
    public init(catalog: KPICatalog) {
        self.catalog = catalog
        self.index = KPIIndex(catalog: catalog)
    }

    /// The KPIs to watch beside a key result, best first; none when no catalog KPI credibly measures it.
    /// When the key result names a catalog KPI, that is first, then its counter-metrics alternate with the other
    /// entries its metric credibly matches (see `CredibleMatches`).
    public func suggest(keyResult: String, objective: String? = nil, limit: Int = 5) -> [Suggestion] {
        suggest(KPIQuery(keyResult: keyResult, objective: objective, index: index), limit: limit)
    }

    /// `suggest(keyResult:objective:limit:)` for a key result a check has read: its reading and words are used as
    /// they are, so the sentence is not read again.
    public func suggest(_ checked: KeyResultReport, objective: String? = nil, limit: Int = 5) -> [Suggestion] {
        let query = KPIQuery(
            keyResult: checked.keyResult.text, objective: objective, index: index, reading: checked.reading,
            words: checked.words)
        return suggest(query, limit: limit)
    }

    private func suggest(_ query: KPIQuery, limit: Int) -> [Suggestion] {
        let credible = CredibleMatches(query, index: index)
        guard !credible.byDocument.isEmpty else { return [] }
        let names = names(in: query).filter { credible.byDocument[$0.document] != nil }
        let scored = rank(query, names: names)
        let ranked = scored.filter { credible.byDocument[$0.document] != nil }
        var picked: [(document: Int, role: SuggestionReason.Role)] = []
        var counters: [Int] = []
        let ownMatch = ownMetric(query, names: names, ranked: ranked)
        if let own = ownMatch?.document {
            picked.append((own, .ownMetric))
            counters = catalog.kpis[own].counterMetrics.compactMap { id in catalog.kpis.firstIndex { $0.id == id } }
                .filter { $0 != own }
        }
        let related = ranked.map(\.document).filter { document in
            document != picked.first?.document && !counters.contains(document)
        }
        for position in 0..<max(counters.count, related.count) {
            if position < counters.count, let own = picked.first {
                picked.append((counters[position], .counterMetric(of: catalog.kpis[own.document].id)))
            }
            if position < related.count { picked.append((related[position], .related)) }
        }
        let scores = Dictionary(scored.map { ($0.document, $0.score) }, uniquingKeysWith: max)
        return picked.prefix(max(0, limit)).map { document, role in
            let words = role == .ownMetric ? ownMatch?.words : credible.byDocument[document]?.positions
            return suggestion(
                document, score: scores[document] ?? 0, role: role, query: query, words: words,
                inObjective: credible.fromObjective)
        }
    }

    /// The entries matching free search terms, best first.
    public func search(_ terms: String, limit: Int = 10) -> [Suggestion] {
        let query = KPIQuery(keyResult: terms, objective: nil, index: index, readingMetric: false)
        return rank(query, names: names(in: query)).prefix(max(0, limit)).map { suggestion($0.document, score: $0.score, role: .related, query: query) }
    }

    /// The catalog entry a key result measures, if its name or an alias is all there.
    public func ownMetric(of keyResult: String) -> KPI? {
        suggest(keyResult: keyResult, limit: 1).first { $0.reason.role == .ownMetric }?.kpi
    }

    // MARK: Ranking

    /// How much a name or alias held whole by the key result adds, per unit of its terms' IDF.
    private static let wholeNameBonus = 0.5

    /// BM25F scores of the entries that match, best first, plus a bonus for a name or alias held whole.
    private func rank(_ query: KPIQuery, names: [NameMatch]) -> [(document: Int, score: Double)] {
        var scores = [Double](repeating: 0, count: index.documentCount)
        var touched: [Int] = []
        for term in query.terms {
            let factor = term.weight * index.idf[term.id]
            for posting in index.postings[term.id] {
                let document = Int(posting.document)
                if scores[document] == 0 { touched.append(document) }
                scores[document] += factor * Double(posting.weight)
            }
        }
        var bonuses: [Int: Double] = [:]
        for name in names { bonuses[name.document] = max(bonuses[name.document] ?? 0, Self.wholeNameBonus * name.weight) }
        for (document, bonus) in bonuses where scores[document] > 0 { scores[document] += bonus }
        return touched.map { ($0, scores[$0]) }.sorted { ($0.score, $1.document) > ($1.score, $0.document) }
    }

    /// An entry's name or alias that the key result holds whole.
    private struct NameMatch {
        var document: Int
        /// The key result's words that name it.
        var words: Set<Int>
        /// How many of the key result's words it covers; a left-out head word such as "rate" counts a half.
        var size: Double
        /// The summed IDF of its terms.
        var weight: Double
    }

    /// The names and aliases the key result holds in full (head words such as "rate" may be left out).
    private func names(in query: KPIQuery) -> [NameMatch] {
        let vocabulary = query.keyResultVocabulary
        var matches: [NameMatch] = []
        for term in vocabulary.keys {
            for phrase in index.namesByFirstTerm[term] ?? [] where phrase.required.allSatisfy({ vocabulary[$0] != nil }) {
                var named: Set<Int> = []
                var optional: Set<Int> = []
                var weight = 0.0
                for required in phrase.required {
                    named.formUnion(vocabulary[required] ?? [])
                    if let id = index.lookup(required) { weight += index.idf[id] }
                }
                let present = phrase.optional.filter { vocabulary[$0] != nil }
                for head in present {
                    optional.formUnion(vocabulary[head] ?? [])
                    if let id = index.lookup(head) { weight += index.idf[id] }
                }
                let size = Double(named.count) + 0.5 * Double(present.count)
                matches.append(NameMatch(document: phrase.document, words: named.union(optional), size: size, weight: weight))
            }
        }
        return matches
    }

    /// The entry the key result measures, among those whose name it holds whole, with the words that name it.
    /// Names that cover more words win, then higher scores. A name that covers one word must belong to the best
    /// match; a longer one must score at least half the best and cover as many of the key result's words, so
    /// "CAC" is not taken for "CAC payback".
    private func ownMetric(_ query: KPIQuery, names: [NameMatch], ranked: [(document: Int, score: Double)])
        -> (document: Int, words: Set<Int>)?
    {
        guard let best = ranked.first else { return nil }
        let scores = Dictionary(ranked.map { ($0.document, $0.score) }, uniquingKeysWith: max)
        let bestCoverage = coverage(best.document, query)
        let candidates: [(name: NameMatch, score: Double)] = names.map { ($0, scores[$0.document] ?? 0) }
        let ordered = candidates.sorted { left, right in
            if left.name.size != right.name.size { return left.name.size > right.name.size }
            if left.score != right.score { return left.score > right.score }
            return left.name.document < right.name.document
        }
        let chosen = ordered.first { candidate in
            candidate.name.size < 2
                ? candidate.name.document == best.document
                : candidate.score >= best.score / 2 && coverage(candidate.name.document, query) >= bestCoverage
        }
        return chosen.map { ($0.name.document, $0.name.words) }
    }

    /// How many of the key result's words an entry matches.
    private func coverage(_ document: Int, _ query: KPIQuery) -> Int {
        var positions: Set<Int> = []
        for term in query.terms where !term.fromObjective && index.document(document, contains: term.id) {
            positions.formUnion(term.start..<(term.start + term.length))
        }
        return positions.count
    }

    // MARK: Reasons

    /// A suggestion with its reason. `words` are the token positions that name it, in the key result or, with
    /// `inObjective`, in the objective; without them, every query term the entry holds.
    private func suggestion(
        _ document: Int, score: Double, role: SuggestionReason.Role, query: KPIQuery, words: Set<Int>? = nil,
        inObjective: Bool = false
    ) -> Suggestion {
        let kpi = catalog.kpis[document]
        var keyResultSpans: [(start: Int, length: Int)]
        var objectiveSpans: [(start: Int, length: Int)]
        if let words {
            let spans = words.map { ($0, 1) }
            keyResultSpans = inObjective ? [] : spans
            objectiveSpans = inObjective ? spans : []
        } else {
            let matched = query.terms.filter { index.document(document, contains: $0.id) }
            keyResultSpans = matched.filter { !$0.fromObjective }.map { ($0.start, $0.length) }
            objectiveSpans = matched.filter(\.fromObjective).map { ($0.start, $0.length) }
        }
        if case .counterMetric = role { keyResultSpans = []; objectiveSpans = [] }
        let matchedTerms = Self.phrases(keyResultSpans, tokens: query.keyResultTokens, text: query.keyResultText)
        let contextTerms = Self.phrases(objectiveSpans, tokens: query.objectiveTokens, text: query.objectiveText)
            .filter { !matchedTerms.contains($0) }
        let reason = SuggestionReason(role: role, matchedTerms: matchedTerms, contextTerms: contextTerms, cadence: kpi.cadence)
        return Suggestion(kpi: kpi, score: score, reason: reason)
    }

    /// The written phrases covered by token spans, overlapping and adjacent spans joined, in text order, without
    /// repeats; a run is split where the words between its tokens do not join them (see `WrittenText.joins`).
    private static func phrases(_ spans: [(start: Int, length: Int)], tokens: [TermAnalyzer.Token], text: WrittenText)
        -> [String]
    {
        var merged: [(start: Int, end: Int)] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            let end = span.start + span.length
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, end)
            } else {
                merged.append((span.start, end))
            }
        }
        var result: [String] = []
        for span in merged where span.end <= tokens.count {
            var first = tokens[span.start].words
            var last = first
            for token in tokens[(span.start + 1)..<span.end] {
                if !text.joins(after: last.upperBound, before: token.words.lowerBound) {
                    result.append(text.phrase(first.lowerBound..<last.upperBound))
                    first = token.words
                }
                last = token.words
            }
            result.append(text.phrase(first.lowerBound..<last.upperBound))
        }
        var unique: [String] = []
        for phrase in result where !unique.contains(phrase) { unique.append(phrase) }
        return unique
    }
}
