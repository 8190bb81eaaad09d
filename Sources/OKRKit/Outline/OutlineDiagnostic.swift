/// A problem in an outline at a line.
public struct OutlineDiagnostic: Equatable, Sendable {
    /// The 1-based line.
    public var line: Int
    public var severity: Severity
    public var problem: OutlineProblem
    /// The line as written, trimmed.
    public var text: String

    /// A problem at a line.
    public init(line: Int, severity: Severity, problem: OutlineProblem, text: String) {
        self.line = line
        self.severity = severity
        self.problem = problem
        self.text = text
    }
}

/// What is wrong with an outline line; the words for each live in `prompts/rules.yaml` under `outline`.
public enum OutlineProblem: String, CaseIterable, Sendable {
    /// A key-result line before any objective: it is skipped (a warning).
    case keyResultBeforeObjective = "kr-before-objective"
    /// An objective marker with no text ("Objective:"): the outline cannot be used (an error).
    case emptyObjective = "empty-objective"
    /// A key-result marker with no text ("KR1:"): it is skipped (a warning).
    case emptyKeyResult = "empty-key-result"
    /// A `Cycle:` line that names no cycle: it is ignored (a warning).
    case unknownCycle = "unknown-cycle"
    /// Nothing in the text starts an objective (an error).
    case noObjectives = "no-objectives"
}
