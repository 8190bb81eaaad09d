import Foundation

/// The catalog's retrieval index, built once: BM25F postings over weighted fields, with bigrams as terms, and the
/// name, alias and keyword phrases of each entry for recognising what a key result measures.
struct KPIIndex: Sendable {
    /// One entry's saturated, length-normalised, field-weighted frequency of a term.
    struct Posting: Sendable {
        var document: Int32
        var weight: Float
    }

    /// A name, alias or keyword of an entry as terms: those it must contain, and those it may leave out ("rate").
    struct Phrase: Sendable {
        var document: Int
        var required: [String]
        var optional: [String]
        /// Whether it is the entry's name or an alias, rather than a keyword.
        var isName: Bool
    }

    /// How much a field counts, and how much its length normalises.
    private enum Field: CaseIterable {
        case name, aliases, keywords, definition, category

        var weight: Double {
            switch self {
            case .name, .aliases: 3.0
            case .keywords: 1.5
            case .definition: 0.5
            case .category: 0.3
            }
        }

        /// Whether its bigrams are indexed: names, aliases and keywords are phrases; definitions are prose.
        var hasPhrases: Bool { self != .definition && self != .category }

        var lengthNormalisation: Double {
            switch self {
            case .name, .keywords: 0.5
            case .aliases: 0.3
            case .definition: 0.75
            case .category: 0
            }
        }

        func texts(_ kpi: KPI, _ catalog: KPICatalog) -> [String] {
            switch self {
            case .name: [kpi.name]
            case .aliases: kpi.aliases
            case .keywords: kpi.keywords
            case .definition: [kpi.definition]
            case .category: [catalog.category(id: kpi.category)?.name ?? ""]
            }
        }
    }

    private static let fields = Field.allCases

    /// Head words a key result often leaves out of a metric's name: "reduce churn" means "churn rate".
    static let optionalHeadWords: Set<String> = Set(
        ["rate", "ratio", "number", "count", "total", "score", "level", "amount", "volume", "average", "index", "period"]
            .compactMap(TermAnalyzer.term))

    private static let saturation = 1.2

    let analyzer: TermAnalyzer
    let synonyms: SynonymTable
    let documentCount: Int
    private(set) var termIDs: [String: Int] = [:]
    private(set) var postings: [[Posting]] = []
    private(set) var idf: [Double] = []
    /// Names and aliases by their first required term, for the key result's own metric.
    private(set) var namesByFirstTerm: [String: [Phrase]] = [:]
    /// Names, aliases and keywords by their rarest required term, for what the metric credibly names: a key
    /// result's common word ("customer") leads only to the few phrases nothing rarer holds.
    private(set) var phrasesByRarestTerm: [String: [Phrase]] = [:]
    /// How many entries' names, aliases or keywords hold each term.
    private(set) var phraseFrequency: [String: Int] = [:]

    /// The index of a catalog's entries, in catalog order.
    init(catalog: KPICatalog) {
        let phraseTexts = catalog.kpis.flatMap { [$0.name] + $0.aliases + $0.keywords }
        let words = CatalogWords(phrases: phraseTexts + catalog.synonyms.joined())
        analyzer = TermAnalyzer(compounds: words.compounds)
        synonyms = SynonymTable(catalog: catalog, analyzer: analyzer, words: words)
        documentCount = catalog.kpis.count

        let analyzer = analyzer
        let analysed = catalog.kpis.map { kpi in
            Self.fields.map { $0.texts(kpi, catalog).map { analyzer.terms(words: words[$0], parts: true) } }
        }
        let averageLengths = Self.fields.indices.map { field in
            Double(analysed.reduce(0) { $0 + $1[field].joined().count }) / Double(max(1, analysed.count))
        }
        var phrases: [Phrase] = []
        for (document, fieldTerms) in analysed.enumerated() {
            var frequency: [String: Double] = [:]
            for (field, phrases) in fieldTerms.enumerated() {
                let spec = Self.fields[field]
                let length = Double(phrases.joined().count)
                let b = spec.lengthNormalisation
                let norm = 1 - b + b * length / max(averageLengths[field], 1)
                for terms in phrases {
                    for term in spec.hasPhrases ? Self.unigramsAndBigrams(terms) : terms {
                        frequency[term, default: 0] += spec.weight / norm
                    }
                }
            }
            for (term, tf) in frequency {
                let saturated = tf * (Self.saturation + 1) / (Self.saturation + tf)
                postings[id(of: term)].append(Posting(document: Int32(document), weight: Float(saturated)))
            }
            let kpi = catalog.kpis[document]
            let names = [kpi.name] + kpi.aliases
            var held: Set<String> = []
            for (number, text) in (names + kpi.keywords).enumerated() {
                var terms: [String] = []
                for term in analyzer.terms(words: words[text]) where !terms.contains(term) { terms.append(term) }
                held.formUnion(terms)
                let required = terms.filter { !Self.optionalHeadWords.contains($0) }
                let phrase = Phrase(
                    document: document, required: required.isEmpty ? terms : required,
                    optional: required.isEmpty ? [] : terms.filter(Self.optionalHeadWords.contains),
                    isName: number < names.count)
                guard let first = phrase.required.first else { continue }
                phrases.append(phrase)
                if phrase.isName { namesByFirstTerm[first, default: []].append(phrase) }
            }
            for term in held { phraseFrequency[term, default: 0] += 1 }
        }
        let frequency = phraseFrequency
        for phrase in phrases {
            guard let rarest = phrase.required.min(by: { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }) else {
                continue
            }
            phrasesByRarestTerm[rarest, default: []].append(phrase)
        }
        let n = Double(documentCount)
        idf = postings.map { list in
            let df = Double(list.count)
            return log(1 + (n - df + 0.5) / (df + 0.5))
        }
    }

    /// Whether a term is too common in names, aliases and keywords to show which entry is meant ("customer",
    /// "time", "rate", "new"): held by at least one entry in twenty.
    func isGeneric(_ term: String) -> Bool {
        (phraseFrequency[term] ?? 0) >= max(3, documentCount / 20)
    }

    /// A term's id, if any entry holds it.
    func lookup(_ term: String) -> Int? { termIDs[term] }

    /// Whether an entry holds a term.
    func document(_ document: Int, contains term: Int) -> Bool {
        let list = postings[term]
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if Int(list[middle].document) < document { low = middle + 1 } else { high = middle }
        }
        return low < list.count && Int(list[low].document) == document
    }

    /// The terms and adjacent-term bigrams ("response time") of a term sequence.
    static func unigramsAndBigrams(_ terms: [String]) -> [String] {
        terms + zip(terms, terms.dropFirst()).map { bigram($0, $1) }
    }

    /// The key of a bigram term.
    static func bigram(_ first: String, _ second: String) -> String { first + " " + second }

    private mutating func id(of term: String) -> Int {
        if let id = termIDs[term] { return id }
        termIDs[term] = postings.count
        postings.append([])
        return postings.count - 1
    }
}
