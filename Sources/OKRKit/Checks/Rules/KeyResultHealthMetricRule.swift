/// A key result that holds a level ("Keep churn below 2%"): a health metric to watch, not a result to achieve.
public struct KeyResultHealthMetricRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-health-metric", name: "Key result is a health metric", category: .stretch, severity: .warning,
        values: ["text", "metric"],
        triggeringExamples: [
            .keyResult("Keep email open rate above 25%"),
            .keyResult("Maintain 99.9% uptime for the public API"),
            .keyResult("Hold monthly logo churn below 2%"),
            .keyResult("Make sure p95 checkout latency stays under 400 ms"),
            .keyResult("Sustain a CSAT of 4.5 or higher through the migration"),
            .keyResult("Ensure the invoice error rate is at most 0.5%"),
            .keyResult("Don't let the support backlog grow past 150 tickets"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise trial-to-paid conversion from 4% to 7% by end of Q3"),
            .keyResult("Cut monthly logo churn from 3% to 2%"),
            .keyResult("Hold 12 customer interviews with churned accounts"),
            .keyResult("Hold a toolbox talk at every site each Monday"),
            .keyResult("Keep growing weekly active teams from 300 to 450"),
            .keyResult("Ensure every new hire ships code in their first week"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        guard subject.holdsLevel else { return .pass }
        let metric = subject.reading.metric.flatMap { $0.isEmpty ? nil : $0 } ?? subject.text
        return .violation(values: ["text": subject.text, "metric": metric])
    }

    /// Whether the sentence asks to hold a level rather than move it.
    static func holdsLevel(_ subject: KeyResultSubject) -> Bool {
        let reading = subject.reading
        if let baseline = reading.baseline, let target = reading.target, baseline != target { return false }
        let words = subject.words
        if StatusQuoVocabulary.levelPhrases.occurs(in: words) { return true }
        let lead = words.afterFiller
        if let first = lead.first, let stem = words.leadingStem, StatusQuoVocabulary.verbs.contains(stem: stem) {
            // "Hold 12 interviews" counts effort; "keep growing" seeks change.
            if first == "hold" || first == "held" {
                return reading.target != nil && lead.dropFirst().contains(where: StatusQuoVocabulary.bounds.contains)
            }
            if let second = lead.dropFirst().first, second.hasSuffix("ing") { return false }
            return true
        }
        if let stem = words.leadingStem, StatusQuoVocabulary.assuranceVerbs.contains(stem: stem),
            StatusQuoVocabulary.boundPhrases.occurs(in: words)
        {
            return true
        }
        // "12 webinars held by December" counts effort; "conversion held at 3%" holds a level.
        if reading.verb == "held" || reading.verb == "hold", !words.words.contains(where: StatusQuoVocabulary.bounds.contains) {
            return false
        }
        return reading.direction == .maintain
    }
}
