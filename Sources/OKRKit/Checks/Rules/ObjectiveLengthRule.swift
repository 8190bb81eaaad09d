/// An objective too short to say where to go, or too long to remember.
public struct ObjectiveLengthRule: ObjectiveRule {
    /// The rule; it has no settings.
    public init() {}

    /// The fewest words an objective should have.
    static let minimum = 3
    /// The most words an objective should have.
    static let maximum = 18

    public static let description = RuleDescription(
        id: "objective-length", name: "Objective length", category: .specific, severity: .warning,
        values: ["text", "count", "one", "minimum", "maximum"],
        triggeringExamples: [
            .objective("Growth", keyResults: ["Raise MRR from $40k to $60k"]),
            .objective("Happy customers", keyResults: ["Raise CSAT from 4.1 to 4.5"]),
            .objective(
                """
                Make our onboarding so simple, fast and pleasant that every new team that signs up in the trial \
                invites its colleagues in the first week
                """, keyResults: ["Raise week-one invites from 1.2 to 3 per team"]),
        ],
        nonTriggeringExamples: [
            .objective("Delight first-time buyers", keyResults: ["Raise first-order CSAT from 4.1 to 4.6"]),
            .objective("Become the market leader in customer satisfaction", keyResults: ["Raise NPS from 40 to 60"]),
        ]
    )

    public func check(_ subject: ObjectiveSubject) -> RuleOutcome {
        // People count "world-class" as one word: count what spaces separate.
        let count = Self.wordCount(subject.text)
        guard count < Self.minimum || count > Self.maximum else { return .pass }
        var values = [
            "text": subject.text, "count": String(count), "minimum": String(Self.minimum), "maximum": String(Self.maximum),
        ]
        if count == 1 { values["one"] = "yes" }
        return .violation(values: values)
    }

    /// The pieces between whitespace that hold a letter or a digit.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var counted = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isSpace = scalar.isASCII ? v == 32 || (v >= 9 && v <= 13) : scalar.properties.isWhitespace
            if isSpace {
                counted = false
                continue
            }
            guard !counted else { continue }
            let isWordy = scalar.isASCII
                ? (v >= 48 && v <= 57) || (v | 0x20 >= 97 && v | 0x20 <= 122)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordy {
                count += 1
                counted = true
            }
        }
        return count
    }
}
