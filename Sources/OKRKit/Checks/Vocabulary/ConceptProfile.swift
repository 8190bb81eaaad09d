/// The content stems of a text and the concept families they put it in, for telling whether two texts are related.
struct ConceptProfile {
    /// Stems of the words that carry meaning (not verbs of change, units or function words), in order; a
    /// sentence has a handful, so a list beats a set.
    let stems: [String]
    /// The `ConceptMap` families any of those stems belongs to, as bits.
    let families: UInt16
    /// The families the text clearly belongs to, as bits: by a core stem, or by two stems of the family.
    let clearFamilies: UInt16

    /// Profiles the words of a text, leaving out its leading verb ("Build a team": the team is the concept).
    init(_ words: WordList) {
        var start = words.afterFiller.startIndex
        if let verb = words.leadingStem, ConceptProfile.isVerb(stem: verb) { start += 1 }
        var stems: [String] = []
        stems.reserveCapacity(max(words.words.count - start, 0))
        var families: UInt16 = 0
        var core: UInt16 = 0
        // Families met by two different stems, and the first stem met of each family (one slot per bit of a
        // family set, on the stack: a profile is made for every key result and every rewrite of one).
        var twice: UInt16 = 0
        var firstStems = InlineArray<16, String?>(repeating: nil)
        for index in words.words.indices.dropFirst(start) where ConceptProfile.isContent(words.words[index]) {
            let stem = words.stems[index]
            guard !ConceptMap.generic.contains(stem: stem) else { continue }
            stems.append(stem)
            guard let found = ConceptMap.familiesByStem[stem] else { continue }
            families |= found.any
            core |= found.core
            for family in firstStems.indices where found.any & (1 << UInt16(family)) != 0 {
                if let first = firstStems[family] {
                    if first != stem { twice |= 1 << UInt16(family) }
                } else {
                    firstStems[family] = stem
                }
            }
        }
        self.stems = stems
        self.families = families
        self.clearFamilies = core | twice
    }

    /// Whether the two texts may be about one thing: they share a stem, one clearly belongs to a family the other
    /// touches, or the families they clearly belong to are linked.
    func isRelated(to other: ConceptProfile) -> Bool {
        if sharesStem(with: other) { return true }
        if clearFamilies & other.families != 0 || families & other.clearFamilies != 0 { return true }
        return ConceptMap.families.indices.contains { index in
            clearFamilies & (1 << UInt16(index)) != 0 && ConceptMap.linked[index] & other.clearFamilies != 0
        }
    }

    /// Whether the two profiles share a stem: a scan for sentences, a set for pages, so the cost stays linear.
    private func sharesStem(with other: ConceptProfile) -> Bool {
        if stems.count * other.stems.count <= 256 { return stems.contains(where: other.stems.contains) }
        let set = Set(other.stems)
        return stems.contains(where: set.contains)
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
