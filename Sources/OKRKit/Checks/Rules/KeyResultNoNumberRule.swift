/// A key result with nothing to measure: no number, percentage, amount or multiplier.
public struct KeyResultNoNumberRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-no-number", name: "Key result has no number", category: .measurable, severity: .error,
        values: ["text", "objective"],
        triggeringExamples: [
            .keyResult("Improve brand recognition in our core markets"),
            .keyResult("Make the checkout flow smoother by end of Q2"),
            .keyResult("Launch the partner portal by March 31"),
            .keyResult("Better onboarding for enterprise admins in 2027"),
            .keyResult("Ship the partner portal by 2027-Q3"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise NPS from 40 to 55 by end of Q3"),
            .keyResult("Double weekly active teams"),
            .keyResult("Sign three enterprise design partners"),
            .keyResult("Resolve support tickets within 24 hours, 90% of the time"),
            .keyResult("Cut cloud costs by 25% without slowing deploys"),
            .keyResult("Achieve a 4.5-star rating on the App Store"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        let reading = subject.reading
        guard subject.measures.isEmpty, reading.target == nil, reading.baseline == nil, reading.change == nil,
            !Self.hasCompoundAmount(subject.words)
        else {
            return .pass
        }
        return .violation(
            values: ["text": subject.text, "objective": subject.objective.text], rewrite: KeyResultRewrite(subject).sentence)
    }

    /// "a 4.5-star rating", "a 24-hour reply": a number joined to its unit is a measure even when unscanned
    /// (not a year or a quarter: "2027-Q3").
    private static func hasCompoundAmount(_ words: WordList) -> Bool {
        words.words.indices.dropLast().contains { index in
            let number = words.words[index], unit = words.words[index + 1]
            return words.joinedToNext[index] && number.allSatisfy(\.isNumber) && number.count < 4
                && unit.first?.isLetter == true && !(unit.count == 2 && "qh".contains(unit.prefix(1)))
        }
    }
}
