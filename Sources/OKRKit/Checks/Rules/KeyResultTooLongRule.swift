/// A key result longer than the reader reads (`ReadingLimit`): only its opening was read, so numbers, a deadline or
/// a confidence after it went unseen by every other rule.
public struct KeyResultTooLongRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-too-long", name: "Key result too long to read", category: .specific, severity: .warning,
        values: ["length", "limit"],
        triggeringExamples: [
            .keyResult(
                "Raise NPS from 40 to 55 by end of Q3. "
                    + String(repeating: "Our customers told us in the spring survey that replies take too long. ", count: 15)),
            .keyResult(String(repeating: "1,", count: 600) + " more partners signed"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise NPS from 40 to 55 by end of Q3"),
            .keyResult(String(repeating: "a", count: ReadingLimit.characters)),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        guard ReadingLimit.isExceeded(by: subject.text) else { return .notApplicable }
        return .violation(values: [
            "length": PlainNumber.text(Double(subject.text.unicodeScalars.count)),
            "limit": PlainNumber.text(Double(ReadingLimit.characters)),
        ])
    }
}
