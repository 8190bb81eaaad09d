/// What WordNet says about a word, for the rules: the class of its most frequent verb sense ("containerize"
/// touches a thing, "win" comes into possession), of its most frequent noun sense ("dashboard" is an artifact), and
/// which of the two it is most often used as.
///
/// The tables are generated from WordNet 3.0 by `scripts/generate-lexicon.py` into `LexiconData`, sorted lines in
/// the binary's read-only data that a lookup searches in place (a binary search over bytes): nothing is parsed at
/// start-up or at first use.
enum Lexicon {
    /// The entry of a word as listed (a verb's base form, a noun's singular), if WordNet has it.
    static func entry(_ word: String) -> LexiconEntry? {
        classes(of: word, in: LexiconData.entries).map(LexiconEntry.init)
    }

    /// The verb a word is a form of, with the form: "redesigned" is the past of "redesign", "built" of "build",
    /// "rolling" the gerund of "roll", and "relabel" (which WordNet lacks) a form of "label" done again. `nil` when the
    /// word is no form of a verb WordNet lists.
    static func verb(_ word: String) -> VerbForm? {
        if let form = listedVerb(word) { return form }
        guard word.utf8.count > 5, word.hasPrefix("re") else { return nil }
        return listedVerb(String(word.dropFirst(2)))
    }

    /// The verb a word is a form of, without prefixes.
    private static func listedVerb(_ word: String) -> VerbForm? {
        if let entry = entry(word), entry.verb != nil { return VerbForm(entry: entry, inflection: .base) }
        let bytes = Array(word.utf8)
        let inflection = Inflection(of: bytes)
        if let lemma = classes(of: word, in: LexiconData.inflections), let entry = entry(String(decoding: lemma, as: UTF8.self)),
            entry.verb != nil
        {
            return VerbForm(entry: entry, inflection: inflection)
        }
        // WordNet's rules of detachment for verbs: "-ies" to "-y", "-es" and "-s", "-ed" and "-ing" with or without "-e".
        return lemma(of: bytes, detaching: verbDetachments) { $0.verb != nil }.map { VerbForm(entry: $0, inflection: inflection) }
    }

    /// Whether a word is an irregular form of a verb ("built", "held", "shipped"), by one search and no copy.
    static func isIrregularForm(_ word: String) -> Bool {
        classes(of: word, in: LexiconData.inflections) != nil
    }

    /// The entry of a noun, from its singular: "dashboards" finds "dashboard", "bodies" finds "body".
    static func noun(_ word: String) -> LexiconEntry? {
        if let entry = entry(word), entry.noun != nil { return entry }
        return lemma(of: Array(word.utf8), detaching: nounDetachments) { $0.noun != nil }
    }

    private static let verbDetachments = detachments([
        ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
    ])

    private static let nounDetachments = detachments([("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")])

    private static func detachments(_ pairs: [(String, String)]) -> [(suffix: [UInt8], ending: [UInt8])] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }

    /// The first entry that passes `isWanted`, of the words made by replacing a suffix of `bytes` with its ending.
    private static func lemma(
        of bytes: [UInt8], detaching rules: [(suffix: [UInt8], ending: [UInt8])], where isWanted: (LexiconEntry) -> Bool
    ) -> LexiconEntry? {
        for (suffix, ending) in rules where bytes.count > suffix.count + 2 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            if let entry = entry(String(decoding: bytes.dropLast(suffix.count) + ending, as: UTF8.self)), isWanted(entry) {
                return entry
            }
        }
        return nil
    }

    /// What follows `word` and a space on its line of a sorted table, found by binary search over the bytes.
    private static func classes(of word: String, in table: StaticString) -> UnsafeBufferPointer<UInt8>? {
        var word = word
        return word.withUTF8 { key in classes(of: key, in: table) }
    }

    private static func classes(of key: UnsafeBufferPointer<UInt8>, in table: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        guard !key.isEmpty, !key.contains(space), !key.contains(newline) else { return nil }
        let bytes = UnsafeBufferPointer(start: table.utf8Start, count: table.utf8CodeUnitCount)
        var low = 0
        var high = bytes.count
        while low < high {
            var start = (low + high) / 2
            while start > low, bytes[start - 1] != newline { start -= 1 }
            var separator = start
            while separator < high, bytes[separator] != space { separator += 1 }
            // Compare the listed word with the key, byte by byte, then by length.
            var offset = 0
            while offset < key.count, start + offset < separator, bytes[start + offset] == key[offset] { offset += 1 }
            let listedIsShorter = start + offset == separator
            if listedIsShorter, offset == key.count {
                var end = separator
                while end < bytes.count, bytes[end] != newline { end += 1 }
                return UnsafeBufferPointer(rebasing: bytes[(separator + 1)..<end])
            }
            if listedIsShorter || (offset < key.count && bytes[start + offset] < key[offset]) {
                var end = separator
                while end < bytes.count, bytes[end] != newline { end += 1 }
                low = end + 1
            } else {
                high = start
            }
        }
        return nil
    }
}

/// A word's classes in WordNet: those of its most frequent verb and noun senses.
struct LexiconEntry: Sendable {
    /// The class of the most frequent verb sense, if the word is a verb.
    let verb: VerbClass?
    /// The class of the most frequent noun sense, if the word is a noun.
    let noun: NounClass?
    /// Whether the word is used as a noun more often than as a verb ("plant", "survey" is not).
    let isMostlyNoun: Bool
    /// Whether the verb is also an adjective ("clean", "mean", "complete").
    let isAlsoAdjective: Bool

    /// Reads a table line's letters: upper case for verb classes, lower case for noun classes, the most used first,
    /// then "+" for a verb that is also an adjective.
    init(_ letters: UnsafeBufferPointer<UInt8>) {
        let isVerbLetter = { (letter: UInt8) in letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") }
        let isNounLetter = { (letter: UInt8) in letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") }
        verb = letters.first(where: isVerbLetter).flatMap { VerbClass(rawValue: $0 - UInt8(ascii: "A") + VerbClass.body.rawValue) }
        noun = letters.first(where: isNounLetter).flatMap { NounClass(rawValue: $0 - UInt8(ascii: "a") + NounClass.tops.rawValue) }
        isMostlyNoun = letters.first.map(isNounLetter) ?? false
        isAlsoAdjective = letters.last == UInt8(ascii: "+")
    }
}

/// A verb form found in a word: the verb's entry, and how the word inflects it.
struct VerbForm: Sendable {
    let entry: LexiconEntry
    let inflection: Inflection
}

/// How a word inflects a verb, told by its ending: "ships", "shipped" or "built", "shipping".
enum Inflection: Sendable {
    case base, thirdPerson, past, gerund

    init(of bytes: [UInt8]) {
        if bytes.count > 4, bytes.suffix(3).elementsEqual("ing".utf8) {
            self = .gerund
        } else if bytes.count > 3, bytes.last == UInt8(ascii: "s"), bytes[bytes.count - 2] != UInt8(ascii: "s") {
            self = .thirdPerson
        } else {
            self = .past
        }
    }
}

/// WordNet's lexicographer files for verbs (files 29 to 43): the kind of event a verb sense names.
enum VerbClass: UInt8, Sendable {
    case body = 29, change, cognition, communication, competition, consumption, contact, creation, emotion, motion
    case perception, possession, social, stative, weather
}

/// WordNet's lexicographer files for nouns (files 3 to 28): the kind of thing a noun sense names.
enum NounClass: UInt8, Sendable {
    case tops = 3, act, animal, artifact, attribute, body, cognition, communication, event, feeling, food, group
    case location, motive, object, person, phenomenon, plant, possession, process, quantity, relation, shape, state
    case substance, time
}
