/// An aspirational key result that barely moves its metric: a stretch goal should be hard to reach in full.
public struct KeyResultTooSafeRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    /// A move smaller than this share of today is too safe for an aspirational key result.
    static let smallestRelativeMove = 0.10
    /// For a bounded rate, closing less than this share of the remaining gap is too safe.
    static let smallestShareOfGap = 0.20

    public static let description = RuleDescription(
        id: "kr-too-safe", name: "Key result is too safe", category: .stretch, severity: .warning,
        values: ["text", "baseline", "target"],
        triggeringExamples: [
            .keyResult("Raise CSAT from 82% to 83% by end of Q4"),
            .keyResult("Grow MRR from $200k to $206k by end of Q2"),
            .keyResult("Cut monthly churn from 5% to 4.8%"),
            .keyResult("Increase weekly active teams by 3%"),
            .keyResult("Raise our App Store rating from 4.2 to 4.3 stars"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise CSAT from 82% to 83% by end of Q4", kind: .committed),
            .keyResult("Raise trial-to-paid conversion from 4% to 7% by end of Q3"),
            .keyResult("Raise uptime from 99.0% to 99.9%"),
            .keyResult("Cut median first reply time from 6 hours to 2 hours"),
            .keyResult("Raise our App Store rating from 4.2 to 4.6 stars"),
            .keyResult("Reach a Net Promoter Score of 60+"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        guard subject.kind == .aspirational, let move = subject.move, let relative = move.relative else {
            return .notApplicable
        }
        if relative >= Self.smallestRelativeMove { return .pass }
        if let share = move.shareOfGapClosed, share >= Self.smallestShareOfGap { return .pass }
        let asWritten = KeyResultRewrite(subject)
        var bolder = asWritten
        let bolderTarget = Self.bolderTarget(move, unit: subject.reading.unit)
        if let bolderTarget { bolder.state(target: bolderTarget) }
        return .violation(
            values: ["text": subject.text, "baseline": asWritten.baselineText, "target": asWritten.targetText],
            rewrite: bolderTarget == nil ? nil : bolder.sentence)
    }

    /// A target about a third of the way to the bound for rates, or half as far again as a safe move otherwise
    /// (15% from today: "NRR from 101% to 116%", not to an unheard-of 130%).
    private static func bolderTarget(_ move: Move, unit: String?) -> Double? {
        guard let baseline = move.baseline else { return nil }
        let step: Double
        if let ceiling = move.ceiling, baseline <= ceiling {
            step = (move.isDecrease ? baseline : ceiling - baseline) / 3
        } else {
            step = abs(baseline) * smallestRelativeMove * 1.5
        }
        let raw = move.isDecrease ? baseline - step : baseline + step
        let magnitude = max(abs(raw), 1)
        // A percentage is written in whole points; other amounts to two significant figures.
        let precision = unit == "%" && magnitude >= 10 ? 1.0 : magnitude >= 100 ? 10.0 : magnitude >= 10 ? 1.0 : 0.1
        return (raw / precision).rounded() * precision
    }
}
