/// An objective that names a deliverable ("Launch the mobile app") instead of the change it should bring.
public struct ObjectiveIsOutputRule: ObjectiveRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "objective-is-output", name: "Objective is a deliverable", category: .relevant, severity: .warning,
        values: ["text", "verb"],
        triggeringExamples: [
            .objective("Launch the new mobile app", keyResults: ["Reach 20k monthly active app users"]),
            .objective("Migrate every customer to the new billing system", keyResults: ["Cut failed charges to 1%"]),
            .objective("Build a self-serve analytics dashboard", keyResults: ["Raise weekly report views to 3k"]),
            .objective("We will implement SSO for enterprise accounts", keyResults: ["Raise enterprise wins to 15"]),
            .objective("Roll out the partner portal in Europe", keyResults: ["Grow partner revenue to €2M"]),
        ],
        nonTriggeringExamples: [
            .objective("Become the market leader in customer satisfaction", keyResults: ["Raise NPS from 40 to 60"]),
            .objective("Make every release boring and safe", keyResults: ["Cut failed deploys from 12% to 3%"]),
            .objective("Delight first-time buyers", keyResults: ["Raise first-order CSAT from 4.1 to 4.6"]),
            .objective("Expand our presence in Latin America", keyResults: ["Grow LatAm ARR from $1M to $2M"]),
            .objective("Ship faster without breaking things", keyResults: ["Cut lead time from 5 days to 1 day"]),
        ]
    )

    public func check(_ subject: ObjectiveSubject) -> RuleOutcome {
        let words = subject.words.afterFiller
        guard let first = words.first else { return .notApplicable }
        let isPhrase = ActivityVocabulary.phrases.leading(words) != nil
        guard ActivityVocabulary.deliverableVerbs.contains(word: first) || isPhrase else { return .pass }
        if let next = words.dropFirst().first, ActivityVocabulary.manner.contains(next) { return .pass }
        return .violation(values: ["text": subject.text, "verb": first])
    }
}
