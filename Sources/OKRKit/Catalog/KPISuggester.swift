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

    /// The KPIs to watch beside a key result, best first: its own metric and that metric's counter-metrics when
    /// the key result names a catalog KPI, then the best matches.
    public func suggest(keyResult: String, objective: String? = nil, limit: Int = 5) -> [Suggestion] {
        let query = KPIQuery(keyResult: keyResult, objective: objective, index: index)
        let ranked = rank(query)
        var picked: [(document: Int, role: SuggestionReason.Role)] = []
        if let own = ownMetric(query, ranked: ranked) {
            picked.append((own, .ownMetric))
            let ownKPI = catalog.kpis[own]
            for counter in ownKPI.counterMetrics {
                guard let position = catalog.kpis.firstIndex(where: { $0.id == counter }), position != own,
                    !picked.contains(where: { $0.document == position })
                else { continue }
                picked.append((position, .counterMetric(of: ownKPI.id)))
            }
        }
        for (document, _) in ranked where !picked.contains(where: { $0.document == document }) {
            picked.append((document, .related))
        }
        let scores = Dictionary(ranked.map { ($0.document, $0.score) }, uniquingKeysWith: max)
        return picked.prefix(max(0, limit)).map { document, role in
            suggestion(document, score: scores[document] ?? 0, role: role, query: query)
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
        return ownMetric(query, ranked: rank(query)).map { catalog.kpis[$0] }
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
    /// preferring longer names, then higher scores; only if it scores at least half the best match.
    private func ownMetric(_ query: KPIQuery, ranked: [(document: Int, score: Double)]) -> Int? {
        guard let best = ranked.first?.score, best > 0 else { return nil }
        let scores = Dictionary(ranked.map { ($0.document, $0.score) }, uniquingKeysWith: max)
        let vocabulary = query.keyResultVocabulary
        var chosen: (document: Int, size: Double, score: Double)?
        for term in vocabulary {
            for phrase in index.phrasesByFirstTerm[term] ?? [] where phrase.required.allSatisfy(vocabulary.contains) {
                let size = Double(phrase.required.count) + 0.5 * Double(phrase.optional.filter(vocabulary.contains).count)
                let score = scores[phrase.document] ?? 0
                guard score >= best / 2 else { continue }
                if let current = chosen, (current.size, current.score, -current.document) >= (size, score, -phrase.document) {
                    continue
                }
                chosen = (phrase.document, size, score)
            }
        }
        return chosen?.document
    }

    // MARK: Reasons

    private func suggestion(_ document: Int, score: Double, role: SuggestionReason.Role, query: KPIQuery) -> Suggestion {
        let kpi = catalog.kpis[document]
        let matched = query.terms.filter { index.document(document, contains: $0.id) }
        let keyResultSpans = matched.filter { !$0.fromObjective }.map { ($0.start, $0.length) }
        let objectiveSpans = matched.filter(\.fromObjective).map { ($0.start, $0.length) }
        let matchedTerms = Self.phrases(keyResultSpans, words: query.keyResultWords)
        let contextTerms = Self.phrases(objectiveSpans, words: query.objectiveWords).filter { !matchedTerms.contains($0) }
        let reason = SuggestionReason(role: role, matchedTerms: matchedTerms, contextTerms: contextTerms, cadence: kpi.cadence)
        return Suggestion(kpi: kpi, score: score, reason: reason)
    }

    /// The written phrases covered by word spans, overlapping spans joined, in text order, without repeats.
    private static func phrases(_ spans: [(start: Int, length: Int)], words: [String]) -> [String] {
        var merged: [(start: Int, end: Int)] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            let end = span.start + span.length
            if let last = merged.last, span.start < last.end {
                merged[merged.count - 1].end = max(last.end, end)
            } else {
                merged.append((span.start, end))
            }
        }
        var result: [String] = []
        for span in merged where span.end <= words.count {
            let phrase = words[span.start..<span.end].joined(separator: " ")
            if !result.contains(phrase) { result.append(phrase) }
        }
        return result
    }
}
