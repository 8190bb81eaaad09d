/// An objective that seeks no change ("Maintain our uptime"): business as usual is not an OKR.
public struct ObjectiveBusinessAsUsualRule: ObjectiveRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "objective-business-as-usual", name: "Objective is business as usual", category: .stretch,
        severity: .warning, values: ["text", "verb"],
        triggeringExamples: [
            .objective("Continue doing what works", keyResults: ["Keep churn under 3%"]),
            .objective("Maintain our high service standards", keyResults: ["Keep CSAT above 4.5"]),
            .objective("Keep the platform stable", keyResults: ["Hold uptime at 99.9%"]),
            .objective("Sustain momentum in the SMB segment", keyResults: ["Grow SMB ARR from $2M to $2.6M"]),
            .objective("We will maintain service quality as usual", keyResults: ["Keep CSAT above 4.5"]),
        ],
        nonTriggeringExamples: [
            .objective("Make every release boring and safe", keyResults: ["Cut failed deploys from 12% to 3%"]),
            .objective("Retain our best customers through the price change", keyResults: ["Hold logo churn at 2%"]),
            .objective("Become the obvious choice for remote teams", keyResults: ["Raise trial signups to 5k"]),
        ]
    )

    public func check(_ subject: ObjectiveSubject) -> RuleOutcome {
        if let first = subject.words.afterFiller.first, StatusQuoVocabulary.verbs.contains(word: first), first != "hold" {
            return .violation(values: ["text": subject.text, "verb": first])
        }
        if Self.usualPhrases.occurs(in: subject.words) {
            return .violation(values: ["text": subject.text, "verb": "keep"])
        }
        return .pass
    }

    /// Phrases that name business as usual, split into words once.
    private static let usualPhrases = PhraseList(["as usual", "keep the lights on"])
}
