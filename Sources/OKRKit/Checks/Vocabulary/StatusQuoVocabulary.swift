/// Words that seek no change: business as usual in an objective, a health metric in a key result.
enum StatusQuoVocabulary {
    /// Verbs that keep things as they are: "maintain", "continue", "keep", "sustain".
    static let verbs = StemSet("maintain continue keep sustain preserve remain stay uphold protect defend hold")

    /// Phrases that hold a level anywhere in a sentence: "stays above 99.9%", "never drops below 4.5".
    static let levelPhrases = PhraseList([
        "stay above", "stay below", "stay under", "stay over", "stay within", "stays above", "stays below",
        "stays under", "stays within", "remain above", "remain below", "remain under", "remains above",
        "remains below", "remains under", "remain within", "remains within", "at or above", "at or below",
        "no lower than", "never drop below", "never drops below", "never falls below", "not fall below",
        "not drop below", "does not exceed", "do not exceed", "never exceed", "never exceeds", "above at all times",
        "below at all times", "keep above", "keep below", "kept above", "kept below", "hold above", "hold below",
        "maintained above", "maintained below", "maintained at", "steady at", "stable at", "consistently above",
        "consistently below", "as usual", "keep the lights on", "dont let", "do not let", "never let", "not let",
    ])

    /// Verbs that hold a level when the sentence names a bound: "ensure uptime is at least 99.9%".
    static let assuranceVerbs = StemSet("ensure guarantee assure")

    /// Words that make a number a floor or a ceiling.
    static let boundPhrases = PhraseList([
        "at least", "at most", "or higher", "or more", "or better", "or less", "or lower", "or fewer", "no less than",
        "no more than", "above", "below", "under", "over", "never",
    ])

    /// Words after a status-quo verb that name a level: "keep churn below 2%".
    static let bounds: WordSet = [
        "above", "below", "under", "over", "within", "at", "or", "least", "most", "steady", "stable", "consistently",
    ]
}
