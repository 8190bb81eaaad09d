/// A key result with nothing to measure: no number, percentage, amount or multiplier.
public struct KeyResultNoNumberRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-no-number", name: "Key result has no number", category: .measurable, severity: .error,
        values: ["text", "objective", "suggestion"],
        triggeringExamples: [
            .keyResult("Improve brand recognition in our core markets"),
            .keyResult("Make the checkout flow smoother by end of Q2"),
            .keyResult("Launch the partner portal by March 31"),
            .keyResult("Better onboarding for enterprise admins in 2027"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise NPS from 40 to 55 by end of Q3"),
            .keyResult("Double weekly active teams"),
            .keyResult("Sign three enterprise design partners"),
            .keyResult("Resolve support tickets within 24 hours, 90% of the time"),
            .keyResult("Cut cloud costs by 25% without slowing deploys"),
        ]
    )

    /// Fires as the type's summary says; `description` holds the examples.
    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        let reading = subject.reading
        guard subject.measures.isEmpty, reading.target == nil, reading.baseline == nil, reading.change == nil else {
            return .pass
        }
        return .violation(values: [
            "text": subject.text, "objective": subject.objective.text, "suggestion": KeyResultRewrite(subject).sentence,
        ])
    }
}
