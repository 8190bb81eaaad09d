/// One weakness a rule found, with the values its message, why and fix templates use.
public struct Finding: Codable, Equatable, Sendable {
    /// The rule's stable id, such as "kr-no-baseline".
    public var rule: String
    public var severity: Severity
    public var category: RuleCategory
    /// Named values for the rule's templates, such as the person's own words rewritten as a fix.
    public var values: [String: String]
    /// The sentence rewritten so that the rule no longer fires, proven by reading it back (`RewriteProof`), with
    /// `<today>`, `<target>` and `<date>` where the person must fill in a value; `nil` when no rewrite is right.
    public var rewrite: String?

    /// A finding of a rule with the values for its templates and, when one was proven, its rewrite.
    public init(
        rule: String, severity: Severity, category: RuleCategory, values: [String: String] = [:], rewrite: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.category = category
        self.values = values
        self.rewrite = rewrite
    }

    /// Whether the finding was made by the rule of type `rule`.
    public func `is`(_ rule: any Rule.Type) -> Bool { self.rule == rule.description.id }
}
