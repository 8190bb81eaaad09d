/// What one rule concluded about one subject.
public enum RuleOutcome: Equatable, Sendable {
    /// The rule does not apply here (a stretch rule on a key result without numbers); it does not count.
    case notApplicable
    /// The rule applies and is satisfied.
    case pass
    /// The rule applies and is broken; `severity` overrides the rule's default when set. `rewrite` is a candidate
    /// sentence that would satisfy the rule; the engine keeps it only when `RewriteProof` proves it right.
    case violation(values: [String: String], severity: Severity? = nil, rewrite: String? = nil)
}
