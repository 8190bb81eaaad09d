/// The result of checking a set: findings for the set, each objective and each key result, and a summary.
public struct CheckReport: Equatable, Sendable {
    /// Findings about the set as a whole.
    public var findings: [Finding]
    public var objectives: [ObjectiveReport]
    public var summary: CheckSummary
    /// The cycle the check assumed for key results without a deadline.
    public var cycle: Cycle?

    /// Every finding in the report, set first, then each objective followed by its key results.
    public var allFindings: [Finding] {
        findings + objectives.flatMap { $0.findings + $0.keyResults.flatMap(\.findings) }
    }
}

/// One objective's findings and its key results' reports.
public struct ObjectiveReport: Equatable, Sendable {
    public var objective: Objective
    public var findings: [Finding]
    public var keyResults: [KeyResultReport]
}

/// One key result: what the reader understood, and the findings.
public struct KeyResultReport: Equatable, Sendable {
    public var keyResult: KeyResult
    /// The reading, with the key result's stored confidence when the sentence states none.
    public var reading: Reading
    /// Its words, split once with the reading, for whatever reads it next (the KPI suggester).
    public var words: WordList
    public var findings: [Finding]
    /// Whether its words are English as far as the reader can tell (`SentenceLanguage.isEnglish`): when not, only
    /// its numbers and dates were read.
    public var isEnglish: Bool
}

/// Counts by severity and the strength of the set.
public struct CheckSummary: Equatable, Sendable {
    public var errors: Int
    public var warnings: Int
    public var hints: Int
    /// 0 to 100: see `StrengthScore`.
    public var strength: Int
    /// How many rule checks applied to the set.
    public var checksEvaluated: Int
    /// The score's parts, for explaining it.
    public var score: StrengthScore
}
