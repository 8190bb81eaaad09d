/// A team objective that shares no concept with the company objective (or key result) it says it supports:
/// the link may be wrong, or the objective may serve something else.
///
/// `kr-unrelated` across an alignment link, and as careful: it fires only when both texts clearly belong to
/// families of ideas (`ConceptMap`) that are different and not linked, and they share no word.
public struct ObjectiveUnrelatedToParentRule: ObjectiveRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "objective-unrelated-parent", name: "Objective unrelated to what it supports", category: .relevant,
        severity: .hint, values: ["text", "parent", "objectiveTopic", "parentTopic"],
        triggeringExamples: [
            .aligned(
                "Cut our cloud spend without slowing releases", keyResult: "Cut cloud spend from $60k to $45k a month",
                parent: "Delight first-time buyers"),
            .aligned(
                "Build a team people want to join", keyResult: "Raise eNPS from 12 to 30",
                parent: "Make checkout the fastest in retail"),
            .aligned(
                "Cut office paper and energy waste", keyResult: "Cut office paper use from 50 to 20 reams a month",
                parent: "Grow website traffic from 10k to 25k visits a month"),
        ],
        nonTriggeringExamples: [
            .aligned(
                "Make support the reason customers stay", keyResult: "Cut median first reply time from 6 hours to 2 hours",
                parent: "Become the market leader in customer satisfaction"),
            .aligned(
                "Make our hiring process a competitive advantage", keyResult: "Cut time to hire from 60 to 35 days",
                parent: "Build a team people want to join"),
            .aligned("Run leaner operations", keyResult: "Cut office energy use by 20%", parent: "Cut our carbon footprint"),
            .aligned(
                "Make checkout effortless", keyResult: "Raise checkout conversion from 2.1% to 3%",
                parent: "Grow online revenue from $4M to $6M"),
            .objective("Delight first-time buyers", keyResults: ["Raise first-order CSAT from 4.1 to 4.6"]),
        ]
    )

    public func check(_ subject: ObjectiveSubject) -> RuleOutcome {
        guard let parent = subject.parent else { return .notApplicable }
        let own = subject.concepts
        guard own.clearFamilies != 0 else { return .notApplicable }
        let supported = ConceptProfile(WordList(String(ReadingLimit.readable(parent))))
        guard supported.clearFamilies != 0 else { return .notApplicable }
        if own.isRelated(to: supported) { return .pass }
        return .violation(values: [
            "text": subject.text, "parent": parent,
            "objectiveTopic": ConceptMap.name(own.clearFamilies), "parentTopic": ConceptMap.name(supported.clearFamilies),
        ])
    }
}
