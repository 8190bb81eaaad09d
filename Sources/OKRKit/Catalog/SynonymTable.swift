/// Groups of words and phrases that mean the same, as term sequences, found in a text by their first term.
///
/// The groups come from the catalog's `synonyms` and from its abbreviations: an alias such as "NPS" forms a
/// group with its entry's name, so "NPS" finds "net promoter score" and the other way round.
struct SynonymTable: Sendable {
    /// A place in a text where a group member was found, with the other members of its group.
    struct Match: Sendable {
        var start: Int
        var length: Int
        var others: [[String]]
    }

    private var groups: [[[String]]] = []
    private var byFirstTerm: [String: [(group: Int, member: Int)]] = [:]

    /// The table of the catalog's synonym groups and abbreviation groups, analysed into terms; `words` holds the
    /// catalog's texts split.
    init(catalog: KPICatalog, analyzer: TermAnalyzer, words: CatalogWords) {
        var written = catalog.synonyms
        for kpi in catalog.kpis {
            for alias in kpi.aliases where Self.isAbbreviation(alias) {
                written.append([alias, kpi.name])
            }
        }
        for group in written {
            var members: [[String]] = []
            for member in group {
                let terms = analyzer.terms(words: words[member])
                if !terms.isEmpty, !members.contains(terms) { members.append(terms) }
            }
            guard members.count > 1 else { continue }
            for (index, member) in members.enumerated() {
                byFirstTerm[member[0], default: []].append((groups.count, index))
            }
            groups.append(members)
        }
    }

    /// Every member found in `terms`, with the other members of its group.
    func matches(in terms: [String]) -> [Match] {
        var found: [Match] = []
        for start in terms.indices {
            for (group, member) in byFirstTerm[terms[start]] ?? [] {
                let phrase = groups[group][member]
                guard start + phrase.count <= terms.count, Array(terms[start..<(start + phrase.count)]) == phrase else {
                    continue
                }
                let others = groups[group].enumerated().filter { $0.offset != member }.map(\.element)
                found.append(Match(start: start, length: phrase.count, others: others))
            }
        }
        return found
    }

    /// Whether an alias is an abbreviation: one word of two to seven characters with at least two capitals
    /// ("NPS", "eNPS", "MTTR").
    static func isAbbreviation(_ alias: String) -> Bool {
        let characters = alias.filter { $0.isLetter || $0.isNumber }
        return characters.count == alias.count && (2...7).contains(alias.count)
            && alias.filter(\.isUppercase).count >= 2
    }
}
