/// Checks an OKR set against the rules: reads every key result, runs every rule on its subject, and scores the set.
///
/// Pure and cheap: no I/O, one reading per key result. Reuse one engine for many checks.
public struct CheckEngine: Sendable {
    /// The rules this engine runs.
    public var catalog: RuleCatalog

    /// An engine running the given rules (all built-in rules by default).
    public init(catalog: RuleCatalog = .standard) {
        self.catalog = catalog
    }

    /// Checks a saved session; `cycle` overrides the session's own cycle when given.
    public func check(_ session: Session, cycle: Cycle? = nil) -> CheckReport {
        check(session.objectives, cycle: cycle ?? session.cycle)
    }

    /// Checks objectives with their key results; `cycle` bounds key results that state no deadline.
    public func check(_ objectives: [Objective], cycle: Cycle?) -> CheckReport {
        var score = StrengthScore()
        var counts: [Severity: Int] = [:]

        // What a finding needs of each rule, looked up once rather than per subject.
        let setRules = catalog.setRules.map { ($0, RuleIdentity(type(of: $0).description)) }
        let objectiveRules = catalog.objectiveRules.map { ($0, RuleIdentity(type(of: $0).description)) }
        let keyResultRules = catalog.keyResultRules.map { ($0, RuleIdentity(type(of: $0).description)) }

        func judge(_ outcome: RuleOutcome, _ description: RuleIdentity) -> Finding? {
            switch outcome {
            case .notApplicable:
                return nil
            case .pass:
                score.record(worst: nil)
                return nil
            case .violation(let values, let severity):
                let finding = Finding(
                    rule: description.id, severity: severity ?? description.severity, category: description.category,
                    values: values)
                score.record(worst: finding.severity)
                counts[finding.severity, default: 0] += 1
                return finding
            }
        }

        let set = SetSubject(objectives: objectives, cycle: cycle)
        let setFindings = setRules.compactMap { judge($0.check(set), $1) }
        let reports = objectives.map { objective -> ObjectiveReport in
            let subject = ObjectiveSubject(objective)
            let findings = objectiveRules.compactMap { judge($0.check(subject), $1) }
            let keyResults = objective.keyResults.map { keyResult -> KeyResultReport in
                let krSubject = KeyResultSubject(keyResult, objective: subject, cycle: cycle)
                let findings = keyResultRules.compactMap { judge($0.check(krSubject), $1) }
                return KeyResultReport(keyResult: keyResult, reading: krSubject.reading, findings: findings)
            }
            return ObjectiveReport(objective: objective, findings: findings, keyResults: keyResults)
        }
        let summary = CheckSummary(
            errors: counts[.error, default: 0], warnings: counts[.warning, default: 0], hints: counts[.hint, default: 0],
            strength: score.percent, checksEvaluated: score.evaluated)
        return CheckReport(findings: setFindings, objectives: reports, summary: summary, cycle: cycle)
    }
}

/// The parts of a rule's description that every finding carries.
private struct RuleIdentity {
    let id: String
    let severity: Severity
    let category: RuleCategory

    init(_ description: RuleDescription) {
        id = description.id
        severity = description.severity
        category = description.category
    }
}
