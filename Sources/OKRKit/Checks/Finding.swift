/// One weakness a rule found, with the values its message, why and fix templates use.
public struct Finding: Codable, Equatable, Sendable {
    /// The rule's stable id, such as "kr-no-baseline".
    public var rule: String
    public var severity: Severity
    public var category: RuleCategory
    /// Named values for the rule's templates, such as the person's own words rewritten as a fix.
    public var values: [String: String]

    /// A finding of a rule with the values for its templates.
    public init(rule: String, severity: Severity, category: RuleCategory, values: [String: String] = [:]) {
        self.rule = rule
        self.severity = severity
        self.category = category
        self.values = values
    }

    /// Whether the finding was made by the rule of type `rule`.
    public func `is`(_ rule: any Rule.Type) -> Bool { self.rule == rule.description.id }
}
