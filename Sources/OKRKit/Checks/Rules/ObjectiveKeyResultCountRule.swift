/// An objective with fewer than two key results (one number is easy to game) or more than five (no focus).
public struct ObjectiveKeyResultCountRule: ObjectiveRule {
    /// The rule; it has no settings.
    public init() {}

    /// The fewest key results an objective should have.
    static let minimum = 2
    /// The most key results an objective should have.
    static let maximum = 5

    public static let description = RuleDescription(
        id: "objective-kr-count", name: "Number of key results", category: .structure, severity: .warning,
        values: ["text", "count", "one", "minimum", "maximum"],
        triggeringExamples: [
            .objective("Make onboarding effortless", keyResults: ["Raise week-one activation from 40% to 55%"]),
            .objective("Make onboarding effortless", keyResults: []),
            .objective(
                "Make onboarding effortless",
                keyResults: [
                    "Raise activation from 40% to 55%", "Cut time to first report from 3 days to 1 day",
                    "Raise invites per new team from 1.2 to 3", "Cut onboarding tickets from 300 to 120",
                    "Raise setup-wizard completion from 62% to 85%", "Raise trial-to-paid from 8% to 11%",
                ]),
        ],
        nonTriggeringExamples: [
            .objective(
                "Make onboarding effortless",
                keyResults: ["Raise activation from 40% to 55%", "Cut time to first report from 3 days to 1 day"]),
            .objective(
                "Make onboarding effortless",
                keyResults: [
                    "Raise activation from 40% to 55%", "Cut time to first report from 3 days to 1 day",
                    "Raise invites per new team from 1.2 to 3", "Cut onboarding tickets from 300 to 120",
                    "Raise setup-wizard completion from 62% to 85%",
                ]),
        ]
    )

    public func check(_ subject: ObjectiveSubject) -> RuleOutcome {
        let count = subject.objective.keyResults.count
        guard count < Self.minimum || count > Self.maximum else { return .pass }
        var values = [
            "text": subject.text, "count": String(count), "minimum": String(Self.minimum), "maximum": String(Self.maximum),
        ]
        // Set only for a single key result, so the words can say "1 key result".
        if count == 1 { values["one"] = "yes" }
        return .violation(values: values)
    }
}
