/// The stems the rules compare: the catalog's `LightStemmer`, plus the irregular forms people use in OKRs
/// ("built", "held", "written", "growth"), so "launching", "launched" and "launches" meet at one stem and
/// "growth" meets "grow".
enum Stemmer {
    /// The stem of one lower-cased word.
    static func stem(_ word: String) -> String {
        irregular[word] ?? LightStemmer.stem(word)
    }

    /// Irregular forms, mapped to the stem `LightStemmer` gives their base word.
    private static let irregular: WordTable<String> = [
        "built": "build", "held": "hold", "written": "writ", "wrote": "writ", "ran": "run", "made": "mak",
        "kept": "keep", "sent": "send", "grew": "grow", "grown": "grow", "growth": "grow", "brought": "bring",
        "sold": "sell", "led": "lead", "won": "win", "began": "begin", "begun": "begin", "people": "person",
        "retention": "retain", "satisfaction": "satisfy", "satisfied": "satisfy", "reliable": "reliability",
        "reliably": "reliability",
    ]
}
