/// A key result that measures two things at once ("Increase sign-ups and retention by 10%"): one key result, one
/// number, or nobody can say whether it was met when one part moves and the other does not.
public struct KeyResultCompoundRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-compound", name: "Key result measures two things", category: .specific, severity: .warning,
        values: ["text", "first", "second", "suggestion"],
        triggeringExamples: [
            .keyResult("Increase sign-ups and retention by 10%"),
            .keyResult("Grow ARR to $2M and cut churn to 2%"),
            .keyResult("Raise NPS and CSAT to 50 and 90%"),
            .keyResult("Cut ticket backlog and first response time by 30% by end of Q2"),
            .keyResult("Sign 12 new customers and close $2.5M in new ACV"),
        ],
        nonTriggeringExamples: [
            .keyResult("Improve profit and loss accuracy from 90% to 99%"),
            .keyResult("Cut research and development spend from $4M to $3.2M"),
            .keyResult("Reduce sales and marketing cost as a share of revenue from 45% to 35%"),
            .keyResult("Keep NPS between 40 and 50"),
            .keyResult("Raise NPS among enterprise and mid-market accounts to 50"),
            .keyResult("Raise activation from 40% to 55% in Q3 and Q4"),
            .keyResult("Grow pipeline from $2M to $3M and hold win rate steady"),
        ]
    )

    /// the strength score when it fires: a key result of one measure is not better for it.
    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        // Most key results hold no "and": they are not read again.
        guard subject.words.words.contains(where: Self.joiners.contains) || subject.text.containsUTF8(UInt8(ascii: "&")),
            let split = CompoundSplit(subject.text)
        else { return .notApplicable }
        var values = ["text": subject.text, "first": split.first, "second": split.second]
        values["suggestion"] = split.suggestion
        return .violation(values: values)
    }

    /// Words that may join two measures: "and", "plus", the "well" of "as well as".
    private static let joiners: WordSet = ["and", "plus", "well"]
}
