/// The content stems of a text and the concept families they belong to, for telling whether two texts are related.
struct ConceptProfile {
    /// Stems of the words that carry meaning (not verbs of change, units or function words).
    let stems: Set<String>
    /// Names of the `ConceptMap` families those stems belong to.
    let families: Set<String>

    /// Profiles the words of a text, leaving out its leading verb ("Build a team": the team is the concept).
    init(_ words: WordList) {
        var lead = words.afterFiller
        if let verb = lead.first, ConceptProfile.isVerb(verb) { lead = lead.dropFirst() }
        let content = lead.filter { $0.count > 1 && !($0.first?.isNumber ?? true) }
            .map(Stemmer.stem).filter { !ConceptMap.generic.contains(stem: $0) }
        stems = Set(content)
        families = Set(ConceptMap.families.filter { family in content.contains(where: family.stems.contains(stem:)) }.map(\.name))
    }

    private static func isVerb(_ word: String) -> Bool {
        ActivityVocabulary.verbs.contains(word: word) || ActivityVocabulary.deliverableVerbs.contains(word: word)
            || ActivityVocabulary.outcomeVerbs.contains(word: word) || StatusQuoVocabulary.verbs.contains(word: word)
    }
}
