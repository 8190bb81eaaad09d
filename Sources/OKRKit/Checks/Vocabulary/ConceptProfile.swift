/// The content stems of a text and the concept families they belong to, for telling whether two texts are related.
struct ConceptProfile {
    /// Stems of the words that carry meaning (not verbs of change, units or function words), in order; a
    /// sentence has a handful, so a list beats a set.
    let stems: [String]
    /// The `ConceptMap` families those stems belong to, as bits.
    let families: UInt16

    /// Profiles the words of a text, leaving out its leading verb ("Build a team": the team is the concept).
    init(_ words: WordList) {
        var start = words.afterFiller.startIndex
        if let verb = words.leadingStem, ConceptProfile.isVerb(stem: verb) { start += 1 }
        var stems: [String] = []
        var families: UInt16 = 0
        for index in words.words.indices.dropFirst(start) where ConceptProfile.isContent(words.words[index]) {
            let stem = words.stems[index]
            guard !ConceptMap.generic.contains(stem: stem) else { continue }
            stems.append(stem)
            families |= ConceptMap.familiesByStem[stem] ?? 0
        }
        self.stems = stems
        self.families = families
    }

    /// Whether the two profiles share a stem.
    func sharesStem(with other: ConceptProfile) -> Bool {
        stems.contains { other.stems.contains($0) }
    }

    /// Whether a word may carry meaning: more than one letter, not starting with a digit ("q3", "2x").
    private static func isContent(_ word: String) -> Bool {
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() != nil else { return false }
        if first.isASCII { return !(first.value >= 48 && first.value <= 57) }
        return first.properties.numericType == nil
    }

    private static func isVerb(stem: String) -> Bool {
        ActivityVocabulary.verbs.contains(stem: stem) || ActivityVocabulary.deliverableVerbs.contains(stem: stem)
            || ActivityVocabulary.outcomeVerbs.contains(stem: stem) || StatusQuoVocabulary.verbs.contains(stem: stem)
    }
}
