/// What a rule is: its stable id, what it checks, how much it matters, and examples that must and must not trigger it.
public struct RuleDescription: Sendable {
    /// The stable id used in reports, configuration and `prompts/rules.yaml`: "kr-no-baseline".
    public var id: String
    /// A short human name: "Key result has no baseline".
    public var name: String
    public var category: RuleCategory
    /// The severity of its findings, unless the rule says otherwise for one finding.
    public var severity: Severity
    /// The names of the values every finding passes to the rule's templates.
    public var values: [String]
    /// OKRs on which the rule must fire.
    public var triggeringExamples: [RuleExample]
    /// OKRs on which the rule must stay quiet.
    public var nonTriggeringExamples: [RuleExample]

    /// A description; see the properties.
    public init(
        id: String, name: String, category: RuleCategory, severity: Severity, values: [String],
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.severity = severity
        self.values = values
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
