/// A set with too many objectives to focus on: a hint above three, a warning above five.
public struct SetObjectiveCountRule: SetRule {
    /// The rule; it has no settings.
    public init() {}

    /// Above this many objectives, a gentle note.
    static let comfortable = 3
    /// Above this many objectives, a warning.
    static let maximum = 5

    private static let objectives = [
        "Delight first-time buyers", "Make every release boring and safe", "Win the mid-market",
        "Build a team people want to join", "Make onboarding effortless", "Turn support into a reason to stay",
    ]

    public static let description = RuleDescription(
        id: "set-objective-count", name: "Number of objectives", category: .structure, severity: .warning,
        values: ["count", "maximum"],
        triggeringExamples: [
            .set(objectives, keyResults: ["Raise NPS from 40 to 55", "Cut churn from 3% to 2%"]),
            .set(Array(objectives.prefix(4)), keyResults: ["Raise NPS from 40 to 55", "Cut churn from 3% to 2%"]),
        ],
        nonTriggeringExamples: [
            .set(Array(objectives.prefix(3)), keyResults: ["Raise NPS from 40 to 55", "Cut churn from 3% to 2%"]),
            .set(Array(objectives.prefix(1)), keyResults: ["Raise NPS from 40 to 55", "Cut churn from 3% to 2%"]),
        ]
    )

    public func check(_ subject: SetSubject) -> RuleOutcome {
        let count = subject.objectives.count
        guard count > Self.comfortable else { return .pass }
        return .violation(
            values: ["count": String(count), "maximum": String(count > Self.maximum ? Self.maximum : Self.comfortable)],
            severity: count > Self.maximum ? .warning : .hint)
    }
}
