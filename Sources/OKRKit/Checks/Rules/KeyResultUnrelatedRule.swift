/// A key result that shares no concept with its objective: it may belong to another objective, or to none.
///
/// A hint a beginner takes seriously, so it fires only on evidence: both texts clearly belong to families of ideas
/// (`ConceptMap`) that are different and not linked, and they share no word.
public struct KeyResultUnrelatedRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-unrelated", name: "Key result unrelated to its objective", category: .relevant, severity: .hint,
        values: ["text", "objective", "objectiveTopic", "keyResultTopic"],
        triggeringExamples: [
            .keyResult("Cut cloud spend from $60k to $45k a month", objective: "Delight first-time buyers"),
            .keyResult("Raise eNPS from 12 to 30", objective: "Make checkout the fastest in retail"),
            .keyResult("Cut p95 API latency from 900 ms to 300 ms", objective: "Build a team people want to join"),
            .keyResult("Cut office paper use from 50 to 20 reams a month", objective: "Make our app the easiest way to pay rent"),
            .keyResult("Reduce AWS spend from $80K to $60K a month", objective: "Make our hiring process a competitive advantage"),
            .keyResult("Raise the office recycling rate from 30% to 60%", objective: "Make ours the top-rated budgeting app"),
            .keyResult("Cut the delivery fleet's diesel use by 15%", objective: "Give every new hire a great first week"),
            .keyResult("Grow website traffic from 10k to 25k visits a month", objective: "Become the employer of choice for engineers"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise NPS from 31 to 45", objective: "Increase customer satisfaction"),
            .keyResult("Cut logo churn from 3% to 2%", objective: "Become the market leader in customer satisfaction"),
            .keyResult("Grow MRR from $40k to $60k by March 31", objective: "Growth"),
            .keyResult("Keep monthly churn below 2%", objective: "Grow our sales pipeline for enterprise accounts"),
            .keyResult("Switch the company car fleet to electric vans", objective: "Cut our carbon footprint"),
            .keyResult("Cut office energy use by 20%", objective: "Run leaner operations"),
            .keyResult("Raise positive app store reviews from 120 to 300", objective: "Delight first-time buyers"),
            .keyResult("Cut median first reply time from 6 hours to 2 hours", objective: "Make support the reason customers stay"),
            .keyResult("Raise week-one activation from 40% to 55%", objective: "Make Acme the obvious choice for freelancers"),
            .keyResult("Grow website traffic from 10k to 25k monthly visits", objective: "Become the go-to resource for small business owners"),
            .keyResult("Cut CI build time from 30 to 10 minutes", objective: "Improve developer happiness"),
            .keyResult("Raise repeat purchase rate from 20% to 30%", objective: "Delight our shoppers"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        let objective = subject.objective.concepts
        guard objective.clearFamilies != 0 else { return .notApplicable }
        let keyResult = ConceptProfile(subject.words)
        guard keyResult.clearFamilies != 0 else { return .notApplicable }
        if objective.isRelated(to: keyResult) { return .pass }
        return .violation(values: [
            "text": subject.text, "objective": subject.objective.text,
            "objectiveTopic": ConceptMap.name(objective.clearFamilies), "keyResultTopic": ConceptMap.name(keyResult.clearFamilies),
        ])
    }
}
