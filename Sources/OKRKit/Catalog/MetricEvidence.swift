/// Which of a key result's words can show that a KPI measures it, from the reading's metric phrase.
///
/// In "Cut first response time on chat from 4 hours to 30 minutes" the metric is "first response time on chat":
/// "first response time" is its head, "on chat" a qualifier that narrows it; the verb and the deadline are not
/// the metric. In "Renew 95% of contracts", whose metric is the verb, and in "Resolve 80% of tickets", whose
/// metric is only the population, the verb says what is measured and counts as head.
struct MetricEvidence: Sendable {
    /// What a token of the key result is to its metric.
    enum Role: Sendable {
        /// The metric's own words, before any qualifier: a KPI must match one of these.
        case head
        /// Words that narrow the metric (after "on", "for", "that"…), a proportion's population, and the verb:
        /// they may complete a match, never make one alone.
        case qualifier
        /// Everything else: deadlines, counts of other things, filler.
        case other

        /// How much a word in this role counts in ranking.
        var weight: Double {
            switch self {
            case .head: 1
            case .qualifier: 0.5
            case .other: 0.25
            }
        }
    }

    /// Words that start a qualifier inside a metric phrase: "tickets on chat", "a help center that answers".
    static let qualifierOpeners: Set<String> = [
        "on", "in", "for", "to", "at", "across", "among", "within", "via", "through", "from", "that", "which", "who", "where",
        "with", "without", "during", "before", "after", "against", "outside", "inside", "while", "by", "since", "until",
    ]

    /// The role of each token of the key result, in token order.
    let roles: [Role]
    /// The position of the metric's head noun: its last head token that is not a head word such as "rate"
    /// ("happiness" in "customer happiness scores").
    let headNoun: Int?

    /// Whether any token is head: whether the key result names something a KPI could measure.
    var hasHead: Bool { roles.contains { $0 == .head } }

    /// The roles of `tokens` of a key result split into `words` (`TermAnalyzer.words`), from its reading
    /// (`KeyResultReader.read`'s metric and verb).
    init(words: [String], reading: Reading, tokens: [TermAnalyzer.Token]) {
        guard let metric = reading.metric, let span = Self.find(TermAnalyzer.words(metric), in: words) else {
            self.init(roles: tokens.map { $0.isPopulation ? .qualifier : .head }, tokens: tokens)
            return
        }
        let opener = span.dropFirst().first { Self.qualifierOpeners.contains(words[$0]) } ?? span.upperBound
        let head = span.lowerBound..<opener
        let verb = reading.verb.flatMap { Self.find(TermAnalyzer.words($0), in: words) } ?? 0..<0
        var roles: [Role] = tokens.map { token in
            let word = token.words.lowerBound
            if head.contains(word), !token.isPopulation { return .head }
            return span.contains(word) || verb.contains(word) || token.isPopulation ? .qualifier : .other
        }
        if !roles.contains(where: { $0 == .head }) {
            // "Resolve 80% of tickets", "Keep 92% of customers": the verb and the population are what is measured.
            for (index, token) in tokens.enumerated()
            where verb.contains(token.words.lowerBound) || (token.isPopulation && span.contains(token.words.lowerBound)) {
                roles[index] = .head
            }
        }
        self.init(roles: roles, tokens: tokens)
    }

    private init(roles: [Role], tokens: [TermAnalyzer.Token]) {
        self.roles = roles
        let heads = roles.indices.filter { roles[$0] == .head }
        headNoun = heads.last { !KPIIndex.optionalHeadWords.contains(tokens[$0].term) } ?? heads.last
    }

    /// Where a run of words first occurs among `words`.
    private static func find(_ run: [String], in words: [String]) -> Range<Int>? {
        guard !run.isEmpty, run.count <= words.count else { return nil }
        for start in 0...(words.count - run.count) where words[start..<(start + run.count)].elementsEqual(run) {
            return start..<(start + run.count)
        }
        return nil
    }
}
