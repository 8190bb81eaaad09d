/// Every text of a catalog (names, aliases, keywords, definitions, category names, synonyms) split into words
/// once: building the index reads most of them several times (for compounds, synonyms, fields and phrases).
struct CatalogWords {
    private let splits: [String: WordSplit]

    /// The catalog's texts, each split.
    init(_ catalog: KPICatalog) {
        var texts = Set(catalog.synonyms.joined())
        for kpi in catalog.kpis {
            texts.insert(kpi.name)
            texts.formUnion(kpi.aliases)
            texts.formUnion(kpi.keywords)
            texts.insert(kpi.definition)
        }
        texts.formUnion(catalog.categories.map(\.name))
        splits = Dictionary(uniqueKeysWithValues: texts.map { ($0, WordSplit($0)) })
    }

    /// The words of a text: the catalog's split, or a new one for a text it does not hold.
    subscript(text: String) -> WordSplit { splits[text] ?? WordSplit(text) }
}
