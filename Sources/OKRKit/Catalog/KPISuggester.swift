/// Ranks catalog KPIs for a key result and explains each choice.
///
/// Retrieval is BM25F over each entry's name and aliases (weighted high), keywords (medium), definition (low) and
/// category, with bigrams as extra terms so "response time" beats "time", synonyms and abbreviations expanded from
/// the catalog, and the objective as lower-weight context. When the key result's own metric is an entry (its name
/// or an alias is all in the key result), that entry comes first and its counter-metrics follow.
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

    /// The KPIs to watch beside a key result, best first. When the key result names a catalog KPI, that is first,
    /// then its counter-metrics alternate with the best other matches.
    public func suggest(keyResult: String, objective: String? = nil, limit: Int = 5) -> [Suggestion] {
        let query = KPIQuery(keyResult: keyResult, objective: objective, index: index)
        let ranked = rank(query)
        var picked: [(document: Int, role: SuggestionReason.Role)] = []
        var counters: [Int] = []
        let ownMatch = ownMetric(query, ranked: ranked)
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
        let scores = Dictionary(ranked.map { ($0.document, $0.score) }, uniquingKeysWith: max)
        return picked.prefix(max(0, limit)).map { document, role in
            let words = role == .ownMetric ? ownMatch?.words : nil
            return suggestion(document, score: scores[document] ?? 0, role: role, query: query, nameWords: words)
        }
    }

    /// The entries matching free search terms, best first.
    public func search(_ terms: String, limit: Int = 10) -> [Suggestion] {
        let query = KPIQuery(keyResult: terms, objective: nil, index: index)
        return rank(query).prefix(max(0, limit)).map { suggestion($0.document, score: $0.score, role: .related, query: query) }
    }

    /// The catalog entry a key result measures, if its name or an alias is all there.
    public func ownMetric(of keyResult: String) -> KPI? {
        let query = KPIQuery(keyResult: keyResult, objective: nil, index: index)
        return ownMetric(query, ranked: rank(query)).map { catalog.kpis[$0.document] }
    }

    // MARK: Ranking

    private func rank(_ query: KPIQuery) -> [(document: Int, score: Double)] {
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
        return touched.map { ($0, scores[$0]) }.sorted { ($0.score, $1.document) > ($1.score, $0.document) }
    }

    /// The entry whose name or alias the key result holds in full (head words such as "rate" may be left out),
    /// with the positions of the key result's words that name it. Names that cover more words win, then higher
    /// scores. A name that covers one word must belong to the best match; a longer one must score at least half
    /// the best and cover as many of the key result's words, so "CAC" is not taken for "CAC payback".
    private func ownMetric(_ query: KPIQuery, ranked: [(document: Int, score: Double)]) -> (document: Int, words: Set<Int>)? {
        guard let best = ranked.first else { return nil }
        let scores = Dictionary(ranked.map { ($0.document, $0.score) }, uniquingKeysWith: max)
        let bestCoverage = coverage(best.document, query)
        let vocabulary = query.keyResultVocabulary
        var candidates: [(document: Int, words: Set<Int>, size: Double, score: Double)] = []
        for term in vocabulary.keys {
            for phrase in index.phrasesByFirstTerm[term] ?? [] where phrase.required.allSatisfy({ vocabulary[$0] != nil }) {
                let named = phrase.required.reduce(into: Set<Int>()) { $0.formUnion(vocabulary[$1] ?? []) }
                let optional = phrase.optional.reduce(into: Set<Int>()) { $0.formUnion(vocabulary[$1] ?? []) }
                let size = Double(named.count) + 0.5 * Double(phrase.optional.filter { vocabulary[$0] != nil }.count)
                candidates.append((phrase.document, named.union(optional), size, scores[phrase.document] ?? 0))
            }
        }
        let chosen = candidates
            .sorted { ($0.size, $0.score, -$0.document) > ($1.size, $1.score, -$1.document) }
            .first { candidate in
                candidate.size < 2
                    ? candidate.document == best.document
                    : candidate.score >= best.score / 2 && coverage(candidate.document, query) >= bestCoverage
            }
        return chosen.map { ($0.document, $0.words) }
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

    /// A suggestion with its reason; `nameWords`, for an own metric, are the key result's words that name it.
    private func suggestion(
        _ document: Int, score: Double, role: SuggestionReason.Role, query: KPIQuery, nameWords: Set<Int>? = nil
    ) -> Suggestion {
        let kpi = catalog.kpis[document]
        let matched = query.terms.filter { index.document(document, contains: $0.id) }
        let keyResultSpans = nameWords.map { $0.map { ($0, 1) } }
            ?? matched.filter { !$0.fromObjective }.map { ($0.start, $0.length) }
        let objectiveSpans = matched.filter(\.fromObjective).map { ($0.start, $0.length) }
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
