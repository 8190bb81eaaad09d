/// A move between two cadences written as words: "from weekly to daily", "from monthly to quarterly".
///
/// People measure how often something happens this way (deploys, releases, reports). More often is an increase
/// of the frequency, less often a decrease.
struct FrequencySpan {
    /// The tokens from "from" to the second cadence.
    let range: Range<Int>
    /// `.increase` when the second cadence is more frequent than the first.
    let direction: Direction

    /// The first span in the tokens, if any.
    static func find(in tokens: [Token]) -> FrequencySpan? {
        func days(_ i: Int) -> Double? { i < tokens.count && tokens[i].kind == .word ? periodInDays[tokens[i].text] : nil }
        for i in tokens.indices where tokens[i].isWord("from") {
            var j = i + 1
            guard let before = days(j) else { continue }
            j += 1
            guard j < tokens.count, tokens[j].isWord("to") || tokens[j].isSymbol("→") else { continue }
            j += 1
            guard let after = days(j), after != before else { continue }
            return FrequencySpan(range: i..<(j + 1), direction: after < before ? .increase : .decrease)
        }
        return nil
    }

    /// How many days each cadence word stands for.
    static let periodInDays: WordTable<Double> = [
        "hourly": 1.0 / 24, "daily": 1, "weekly": 7, "biweekly": 14, "fortnightly": 14, "bimonthly": 61,
        "monthly": 30, "quarterly": 91, "yearly": 365, "annually": 365, "annual": 365,
    ]
}
