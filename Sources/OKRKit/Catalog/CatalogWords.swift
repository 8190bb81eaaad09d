/// The words of a catalog's short phrases (names, aliases, keywords, synonyms), split once, and the joined
/// spellings they hold: building the index reads each of them several times (for compounds, synonyms, fields
/// and phrases). Only the words are kept, not the splits, so building the index takes little memory.
struct CatalogWords {
    /// Joined spellings found in the phrases (`TermAnalyzer.compounds(of:)`).
    let compounds: Set<String>
    private let words: [String: [String]]

    /// The words of `phrases`, each split once.
    init(phrases: [String]) {
        var compounds: Set<String> = []
        var words: [String: [String]] = [:]
        for phrase in phrases where words[phrase] == nil {
            let split = WordSplit(phrase)
            let phraseWords = TermAnalyzer.words(split)
            compounds.formUnion(TermAnalyzer.compounds(of: split, words: phraseWords))
            words[phrase] = phraseWords
        }
        self.compounds = compounds
        self.words = words
    }

    /// The words of a text (`TermAnalyzer.words`): a phrase's as split, any other text's split now.
    subscript(text: String) -> [String] { words[text] ?? TermAnalyzer.words(text) }
}
