/// The vocabularies a word belongs to, looked up once when the word is lexed so the grammars test bits instead of
/// hashing the same word again and again.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    /// May open a time phrase: "by", "end", "this", "Q3", "March".
    static let phraseStarter = WordClass(rawValue: 1 << 0)
    /// A verb of any vocabulary, or the first word of a phrasal verb.
    static let verb = WordClass(rawValue: 1 << 1)
    /// May start an amount in words, a multiplier or a fraction: "three", "double", "a".
    static let numberStarter = WordClass(rawValue: 1 << 2)
    /// Introduces a stated confidence: "confidence", "conf".
    static let confidenceKeyword = WordClass(rawValue: 1 << 3)
    /// Opens a side clause: "while", "without".
    static let clause = WordClass(rawValue: 1 << 4)
    /// Ends a counted noun: "by", "the", "q3".
    static let stopword = WordClass(rawValue: 1 << 5)
    /// A month name.
    static let month = WordClass(rawValue: 1 << 6)
    /// Makes an amount a rate by itself: "monthly", "qoq".
    static let cadence = WordClass(rawValue: 1 << 7)
    /// Introduces the verb without meaning: "ensure", "we", "will".
    static let leadIn = WordClass(rawValue: 1 << 8)
    /// Filler at the edge of a metric: "the", "of", "our".
    static let edge = WordClass(rawValue: 1 << 9)
    /// May stand between a cue and its amount: "about", "today's".
    static let filler = WordClass(rawValue: 1 << 10)
    /// A cue word that may introduce an amount: "from", "to", "by", "of".
    static let cue = WordClass(rawValue: 1 << 11)
    /// A connective of another language that joins amounts: "von", "bis", "à" (`ForeignConnectives`).
    static let foreignConnective = WordClass(rawValue: 1 << 12)

    /// Each known word's classes.
    static let table: WordTable<WordClass> = {
        var table: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ c: WordClass) {
            for w in words { table[w, default: []].insert(c) }
        }
        add(DeadlineFinder.phraseStarters, .phraseStarter)
        add(Vocabulary.verbs, .verb)
        add(NumberWords.starters, .numberStarter)
        add(ConfidenceFinder.keywords, .confidenceKeyword)
        add(MetricFinder.clauseWords, .clause)
        add(Vocabulary.stopwords, .stopword)
        add(Vocabulary.months, .month)
        add(TimeUnit.cadences.keys, .cadence)
        add(Vocabulary.leadIns, .leadIn)
        add(MetricFinder.edgeWords, .edge)
        add(AmountRoles.fillers, .filler)
        add(AmountRoles.baselineCues.union(AmountRoles.targetCues).union(MetricFinder.otherCues), .cue)
        add(ForeignConnectives.words.keys, .foreignConnective)
        return WordTable(table)
    }()

    /// The classes of a lowercased word; empty for words in no vocabulary.
    static func of(_ word: String) -> WordClass { table[word] ?? [] }
}
