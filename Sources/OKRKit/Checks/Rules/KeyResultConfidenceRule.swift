/// A confidence that says the key result is no stretch (9/10 or more on an aspirational one) or a moonshot (2/10
/// or less).
public struct KeyResultConfidenceRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    /// At or above this confidence, an aspirational key result is sandbagged.
    static let sandbagging = 9.0
    /// At or below this confidence, a key result is a moonshot.
    static let moonshot = 2.0

    public static let description = RuleDescription(
        id: "kr-confidence", name: "Confidence out of range", category: .stretch, severity: .warning,
        values: ["text", "confidence", "sandbagging", "moonshot"],
        triggeringExamples: [
            .keyResult("Raise CSAT from 82% to 88% by end of Q4", confidence: 10),
            .keyResult("Raise CSAT from 82% to 88% by end of Q4", confidence: 9),
            .keyResult("Grow ARR from $2M to $6M by end of Q2", confidence: 1),
            .keyResult("Grow ARR from $2M to $6M by end of Q2", confidence: 2, kind: .committed),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise CSAT from 82% to 88% by end of Q4", confidence: 5),
            .keyResult("Raise CSAT from 82% to 88% by end of Q4", confidence: 10, kind: .committed),
            .keyResult("Raise CSAT from 82% to 88% by end of Q4"),
            .keyResult("Grow ARR from $2M to $3M by end of Q2", confidence: 7),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        guard let confidence = subject.reading.confidence else { return .notApplicable }
        let text = PlainNumber.text(confidence)
        if confidence <= Self.moonshot {
            return .violation(values: ["text": subject.text, "confidence": text, "moonshot": "yes"])
        }
        if subject.kind == .aspirational, confidence >= Self.sandbagging {
            return .violation(values: ["text": subject.text, "confidence": text, "sandbagging": "yes"])
        }
        return .pass
    }
}
