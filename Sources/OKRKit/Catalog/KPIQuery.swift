/// A key result (and its objective) as weighted index terms: its words, their bigrams and their synonyms,
/// with the objective's words counting less.
struct KPIQuery: Sendable {
    /// One weighted term and the words of the key result or objective it came from.
    struct Term: Sendable {
        var id: Int
        var weight: Double
        /// Where in the source the words start, and how many words they span.
        var start: Int
        var length: Int
        var fromObjective: Bool
    }

    /// How much the objective counts beside the key result.
    static let objectiveWeight = 0.3
    /// How much a synonym counts beside the word written.
    static let synonymWeight = 0.6
    /// How much the population of a proportion counts ("tickets" in "98% of tickets").
    static let populationWeight = 0.6

    private(set) var terms: [Term] = []
    /// The key result's tokens and its text as written, to quote matched words back.
    let keyResultTokens: [TermAnalyzer.Token]
    let keyResultText: WrittenText
    /// The objective's tokens and its text as written.
    let objectiveTokens: [TermAnalyzer.Token]
    let objectiveText: WrittenText
    /// The key result's terms and their synonyms' terms, indexed or not, without populations of proportions,
    /// with the positions of the words they come from: what its own metric must be made of.
    private(set) var keyResultVocabulary: [String: Set<Int>] = [:]
    /// The same with populations, and the objective's likewise: the words a catalog phrase may be matched in.
    private(set) var wordVocabulary: [String: Set<Int>] = [:]
    private(set) var objectiveVocabulary: [String: Set<Int>] = [:]

    /// What each key-result word is to its metric, when the query was read as a key result.
    let evidence: MetricEvidence?

    /// The query for a key result, with its objective as context. With `readingMetric`, the key result's words
    /// weigh by what they are to the metric its reading finds; without, as free search terms, all the same.
    /// `reading` and `words` are the key result's reading and words when the caller has them (a check made them),
    /// so the sentence is not read again; else it is read here.
    init(
        keyResult: String, objective: String?, index: KPIIndex, reading: Reading? = nil, words: WordList? = nil,
        readingMetric: Bool = true
    ) {
        let keyResultList = words?.split ?? WordSplit(keyResult)
        let objectiveList = WordSplit(objective ?? "")
        let keyResultWords = TermAnalyzer.words(keyResultList)
        keyResultTokens = index.analyzer.tokens(words: keyResultWords)
        objectiveTokens = objective == nil ? [] : index.analyzer.tokens(words: TermAnalyzer.words(objectiveList))
        keyResultText = WrittenText(keyResultList)
        objectiveText = WrittenText(objectiveList)
        let evidence = readingMetric
            ? MetricEvidence(
                words: keyResultWords, reading: reading ?? KeyResultReader.read(keyResult), tokens: keyResultTokens)
            : nil
        self.evidence = evidence
        let weights = evidence?.roles.map(\.weight) ?? keyResultTokens.map { _ in 1 }
        add(keyResultTokens, weights: weights, fromObjective: false, index: index)
        add(objectiveTokens, weights: objectiveTokens.map { _ in Self.objectiveWeight }, fromObjective: true, index: index)
    }

    private mutating func add(_ tokens: [TermAnalyzer.Token], weights: [Double], fromObjective: Bool, index: KPIIndex) {
        let words = tokens.map(\.term)
        func weight(at position: Int) -> Double {
            tokens[position].isPopulation ? weights[position] * Self.populationWeight : weights[position]
        }
        for (position, term) in words.enumerated() {
            let own = !fromObjective && !tokens[position].isPopulation
            note(term, fromObjective: fromObjective, positions: position..<(position + 1))
            add(term, weight: weight(at: position), start: position, length: 1, fromObjective: fromObjective, own: own, index: index)
            if position + 1 < words.count {
                let bigram = KPIIndex.bigram(term, words[position + 1])
                add(bigram, weight: min(weight(at: position), weight(at: position + 1)), start: position, length: 2,
                    fromObjective: fromObjective, own: false, index: index)
            }
        }
        for match in index.synonyms.matches(in: words) {
            let own = !fromObjective && !tokens[match.start].isPopulation
            for other in match.others {
                for term in other { note(term, fromObjective: fromObjective, positions: match.start..<(match.start + match.length)) }
                for term in KPIIndex.unigramsAndBigrams(other) {
                    add(term, weight: weight(at: match.start) * Self.synonymWeight, start: match.start, length: match.length,
                        fromObjective: fromObjective, own: own && !term.contains(" "), index: index)
                }
            }
        }
    }

    /// Records where a term (or a synonym's) was written, for matching catalog phrases.
    private mutating func note(_ term: String, fromObjective: Bool, positions: Range<Int>) {
        if fromObjective {
            objectiveVocabulary[term, default: []].formUnion(positions)
        } else {
            wordVocabulary[term, default: []].formUnion(positions)
        }
    }

    private mutating func add(
        _ term: String, weight: Double, start: Int, length: Int, fromObjective: Bool, own: Bool, index: KPIIndex
    ) {
        if own { keyResultVocabulary[term, default: []].formUnion(start..<(start + length)) }
        guard let id = index.lookup(term) else { return }
        if let existing = terms.firstIndex(where: { $0.id == id }) {
            guard terms[existing].weight < weight else { return }
            terms[existing] = Term(id: id, weight: weight, start: start, length: length, fromObjective: fromObjective)
        } else {
            terms.append(Term(id: id, weight: weight, start: start, length: length, fromObjective: fromObjective))
        }
    }
}
