/// A key result with a target but no starting value: "by 20%" of an unknown today, or "NPS of 70+".
public struct KeyResultNoBaselineRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    /// Words that say a number is today's value.
    private static let todayWords: WordSet = ["baseline", "currently", "today"]

    public static let description = RuleDescription(
        id: "kr-no-baseline", name: "Key result has no baseline", category: .measurable, severity: .warning,
        values: ["text", "metric"],
        triggeringExamples: [
            .keyResult("Reduce average first reply time by 50%"),
            .keyResult("Increase positive app store reviews by 30%"),
            .keyResult("Reach a Net Promoter Score of 60+"),
            .keyResult("Grow weekly active users to 24,000 by end of Q3"),
            .keyResult("Double the number of self-serve upgrades"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise trial-to-paid conversion from 4% to 7% by end of Q3"),
            .keyResult("Cut median time to first reply from 9 hours to 2 hours"),
            .keyResult("Grow MRR from $40k to $60k by March 31"),
            .keyResult("Keep email open rate above 25%"),
            .keyResult("Hold 12 customer interviews with churned accounts"),
            .keyResult("Increase NPS (baseline: 35) to 50 by end of Q2"),
            .keyResult("Improve brand recognition in our core markets"),
        ]
    )

    /// Fires as the type's summary says; `description` holds the examples.
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
        if subject.holdsLevel || subject.activity != nil {
            return .notApplicable
        }
        let metric = reading.metric.flatMap { $0.isEmpty ? nil : $0 } ?? subject.text
        return .violation(values: ["text": subject.text, "metric": metric], rewrite: KeyResultRewrite(subject).sentence)
    }
}
