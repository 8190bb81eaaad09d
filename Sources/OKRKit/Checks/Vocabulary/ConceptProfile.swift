/// The content stems of a text and the concept families they belong to, for telling whether two texts are related.
struct ConceptProfile {
    /// Stems of the words that carry meaning (not verbs of change, units or function words).
    let stems: Set<String>
    /// Names of the `ConceptMap` families those stems belong to.
    let families: Set<String>

    /// Profiles the words of a text.
    init(_ words: WordList) {
        let content = words.words.filter { $0.count > 1 && !($0.first?.isNumber ?? true) }
            .map(Stemmer.stem).filter { !ConceptMap.generic.contains(stem: $0) }
        stems = Set(content)
        families = Set(ConceptMap.families.filter { family in content.contains(where: family.stems.contains(stem:)) }.map(\.name))
    }
}
