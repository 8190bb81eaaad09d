/// A key result with a target but no starting value: "by 20%" of an unknown today, or "NPS of 70+".
///
/// A count or amount earned within the cycle ("Sign 12 new customers", "Close $2.5M in new ACV") starts from zero by
/// definition, so it needs no baseline; a level or a rate ("Raise activation to 60%") does.
public struct KeyResultNoBaselineRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    /// Words that say a number is today's value.
    private static let todayWords: WordSet = ["baseline", "currently", "today"]
    /// Verbs that reach a level rather than earn an amount: "Reach 10,000 weekly active users" counts all of them.
    private static let levelVerbs = StemSet("reach hit achieve attain get exceed surpass beat meet score have grow increase")
    /// Words that make what follows a level verb an amount earned in the cycle: "Get 50 new reviews".
    static let newWords: WordSet = ["new", "additional", "incremental", "extra"]
    /// Units of a level or a rate: a percentage, points, a multiple, a length of time.
    private static let levelUnits: WordSet = ["%", "pp", "points", "x"]

    public static let description = RuleDescription(
        id: "kr-no-baseline", name: "Key result has no baseline", category: .measurable, severity: .warning,
        values: ["text", "metric"],
        triggeringExamples: [
            .keyResult("Reduce average first reply time by 50%"),
            .keyResult("Increase positive app store reviews by 30%"),
            .keyResult("Reach a Net Promoter Score of 60+"),
            .keyResult("Grow weekly active users to 24,000 by end of Q3"),
            .keyResult("Double the number of self-serve upgrades"),
            .keyResult("Reach 10,000 weekly active users"),
            .keyResult("Raise activation to 60%"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise trial-to-paid conversion from 4% to 7% by end of Q3"),
            .keyResult("Cut median time to first reply from 9 hours to 2 hours"),
            .keyResult("Grow MRR from $40k to $60k by March 31"),
            .keyResult("Keep email open rate above 25%"),
            .keyResult("Hold 12 customer interviews with churned accounts"),
            .keyResult("Increase NPS (baseline: 35) to 50 by end of Q2"),
            .keyResult("Improve brand recognition in our core markets"),
            .keyResult("Sign 12 new customers"),
            .keyResult("Close $2.5M in new ACV"),
            .keyResult("Get 50 new five-star reviews"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        let reading = subject.reading
        // "from 4% to 7%", "(baseline: 35)", "currently 35" state today even when the reading missed it.
        guard reading.baseline == nil, !subject.words.words.contains(where: Self.todayWords.contains),
            !(subject.words.contains("from") && subject.measures.count >= 2)
        else {
            return .pass
        }
        let statesTarget = reading.target != nil || reading.change != nil || !subject.measures.isEmpty
        guard statesTarget else { return .notApplicable }
        if subject.holdsLevel || subject.activity != nil || Self.isEarnedWithinCycle(subject) {
            return .notApplicable
        }
        let metric = reading.metric.flatMap { $0.isEmpty ? nil : $0 } ?? subject.text
        return .violation(values: ["text": subject.text, "metric": metric], rewrite: KeyResultRewrite(subject).sentence)
    }

    /// Whether the target is a count or an amount earned within the cycle, the amount right after the verb: "Sign 12
    /// new customers", "Raise $500k in donations". Not a level ("Reach 10,000 users", "Grow ARR to $2M"), a rate
    /// ("20 demos a month") or a change ("by 20%").
    static func isEarnedWithinCycle(_ subject: KeyResultSubject) -> Bool {
        let reading = subject.reading
        guard reading.target != nil, reading.change == nil, reading.per == nil else { return false }
        if let unit = reading.unit, Self.levelUnits.contains(unit) || TimeUnit.secondsPer[unit] != nil { return false }
        let lead = subject.words.afterFiller
        guard let verb = lead.first,
            let amount = lead.dropFirst().first(where: { !AmountRoles.fillers.contains($0) }),
            amount.first?.isNumber == true || NumberWords.small[amount] != nil
        else { return false }
        return !Self.levelVerbs.contains(word: verb) || lead.contains(where: Self.newWords.contains)
    }
}
