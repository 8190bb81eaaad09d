/// A check with a stable id and its own examples, in the SwiftLint manner. Rules are small values with no state.
public protocol Rule: Sendable {
    /// What the rule is, with the examples the generic test runs.
    static var description: RuleDescription { get }
}

/// A rule about one key result, read in the context of its objective and cycle.
public protocol KeyResultRule: Rule {
    /// Judges one key result.
    func check(_ subject: KeyResultSubject) -> RuleOutcome
}

/// A rule about one objective and its key results.
public protocol ObjectiveRule: Rule {
    /// Judges one objective.
    func check(_ subject: ObjectiveSubject) -> RuleOutcome
}

/// A rule about the whole set of objectives.
public protocol SetRule: Rule {
    /// Judges the set.
    func check(_ subject: SetSubject) -> RuleOutcome
}
