/// A key result beyond reach in one cycle: a rate past 100%, or a change of more than about ten times.
public struct KeyResultUnrealisticRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    /// More than this many times today in one cycle is unrealistic.
    static let largestFactor = 10.0

    public static let description = RuleDescription(
        id: "kr-unrealistic", name: "Key result is unrealistic", category: .achievable, severity: .warning,
        values: ["text", "factor", "target", "ceiling"],
        triggeringExamples: [
            .keyResult("Grow weekly active teams from 300 to 90,000 by end of Q4"),
            .keyResult("Raise test coverage from 60% to 120%"),
            .keyResult("Reduce support tickets by 150%"),
            .keyResult("Raise NPS from 40 to 120"),
            .keyResult("Grow newsletter signups 25x this quarter"),
            .keyResult("Cut p95 page load from 8 seconds to 0.2 seconds"),
        ],
        nonTriggeringExamples: [
            .keyResult("Cut median first response time from 6 hours to 2 hours by end of Q4"),
            .keyResult("Raise net revenue retention from 104% to 112%"),
            .keyResult("Grow weekly active teams from 300 to 2,400"),
            .keyResult("10x the number of self-serve upgrades"),
            .keyResult("Reduce P1 incidents from 12 to 0"),
            .keyResult("Increase sign-ups by 200%"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        guard let move = subject.move else { return .notApplicable }
        let unit = subject.reading.unit
        if let ceiling = move.ceiling, let target = move.target, target > ceiling {
            return .violation(values: [
                "text": subject.text, "target": PlainNumber.text(target, unit: unit),
                "ceiling": PlainNumber.text(ceiling, unit: unit),
            ])
        }
        if move.isDecrease, move.target == nil, unit == "%", let change = subject.reading.change, change > 100 {
            return .violation(values: [
                "text": subject.text, "target": "-" + PlainNumber.text(change, unit: unit), "ceiling": "100%",
            ])
        }
        // A relative cut ("by 60%") can only shrink a metric so far; its limit is checked above.
        let factor = move.factor ?? (move.isDecrease ? nil : move.relative.map { 1 + $0 })
        guard let factor else { return .notApplicable }
        if factor > Self.largestFactor + 1e-9 {
            return .violation(values: ["text": subject.text, "factor": PlainNumber.text(factor.rounded()) + "x"])
        }
        return .pass
    }
}
