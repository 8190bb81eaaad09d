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
    ///
    /// Large sets are checked on all cores, objective by objective; the report is the same in any case.
    public func check(_ objectives: [Objective], cycle: Cycle?) -> CheckReport {
        // What a finding needs of each rule, looked up once rather than per subject.
        let setRules = catalog.setRules.map { ($0, RuleIdentity(type(of: $0).description)) }
        let objectiveRules = catalog.objectiveRules.map { ($0, RuleIdentity(type(of: $0).description)) }
        let keyResultRules = catalog.keyResultRules.map { ($0, RuleIdentity(type(of: $0).description)) }

        var tally = Tally()
        tally.score.judged(items: objectives.count + objectives.reduce(0) { $0 + $1.keyResults.count })
        let set = SetSubject(objectives: objectives, cycle: cycle)
        let setFindings = setRules.compactMap { tally.judge($0.check(set), $1, proof: { _ in nil }) }
        let parts = ChunkedMap.map(objectives.count) { range -> ([ObjectiveReport], Tally) in
            var tally = Tally()
            let reports = objectives[range].map { objective -> ObjectiveReport in
                let subject = ObjectiveSubject(objective)
                let outcomes = objectiveRules.map { ($0, $0.check(subject), $1) }
                let fired = Self.fired(outcomes)
                lazy var readable = RewriteProof.isReadable(subject.text)
                let findings = outcomes.compactMap { rule, outcome, identity in
                    tally.judge(outcome, identity) { candidate in
                        RewriteProof.objective(
                            candidate, of: subject, offeredBy: rule, among: catalog.objectiveRules, fired: fired,
                            readable: readable)
                    }
                }
                let keyResults = objective.keyResults.map {
                    judge($0, of: subject, cycle: cycle, by: keyResultRules, into: &tally)
                }
                return ObjectiveReport(objective: objective, findings: findings, keyResults: keyResults)
            }
            return (reports, tally)
        }
        for part in parts { tally.add(part.1) }
        let score = tally.score
        let summary = CheckSummary(
            errors: score.count(.error), warnings: score.count(.warning), hints: score.count(.hint),
            strength: score.percent, checksEvaluated: score.evaluated, score: score)
        return CheckReport(findings: setFindings, objectives: parts.flatMap(\.0), summary: summary, cycle: cycle)
    }

    /// Checks one key result of an objective (reading it once) as `check` judges it within the set; `nil` when
    /// the objective has no key result at `k`.
    public func check(keyResultAt k: Int, of objective: Objective, cycle: Cycle?) -> KeyResultReport? {
        guard objective.keyResults.indices.contains(k) else { return nil }
        let rules = catalog.keyResultRules.map { ($0, RuleIdentity(type(of: $0).description)) }
        var tally = Tally()
        return judge(objective.keyResults[k], of: ObjectiveSubject(objective), cycle: cycle, by: rules, into: &tally)
    }

    /// Reads a key result and runs the key-result rules (`catalog`'s, with their identities) on it.
    private func judge(
        _ keyResult: KeyResult, of objective: ObjectiveSubject, cycle: Cycle?,
        by rules: [(any KeyResultRule, RuleIdentity)], into tally: inout Tally
    ) -> KeyResultReport {
        let subject = KeyResultSubject(keyResult, objective: objective, cycle: cycle)
        let outcomes = rules.map { ($0, $0.check(subject), $1) }
        let fired = Self.fired(outcomes)
        // Whether the sentence is read with confidence, worked out only when a rule offers a rewrite, and once.
        lazy var readable = RewriteProof.isReadable(subject.text)
        let findings = outcomes.compactMap { rule, outcome, identity in
            tally.judge(outcome, identity) { candidate in
                RewriteProof.keyResult(
                    candidate, of: subject, offeredBy: rule, among: catalog.keyResultRules, fired: fired,
                    readable: readable)
            }
        }
        return KeyResultReport(keyResult: keyResult, reading: subject.reading, findings: findings)
    }

    /// The ids of the rules whose outcome is a violation.
    private static func fired<SomeRule>(_ outcomes: [(SomeRule, RuleOutcome, RuleIdentity)]) -> Set<String> {
        Set(outcomes.compactMap { _, outcome, identity in
            if case .violation = outcome { identity.id } else { nil }
        })
    }
}

/// The checks judged so far: the findings by severity and the strength they leave.
private struct Tally: Sendable {
    var score = StrengthScore()

    /// The finding an outcome makes, if any, recorded in the tally; `proof` keeps the rule's rewrite when it is right.
    mutating func judge(_ outcome: RuleOutcome, _ description: RuleIdentity, proof: (String) -> String?) -> Finding? {
        switch outcome {
        case .notApplicable:
            return nil
        case .pass:
            score.record(worst: nil)
            return nil
        case .violation(let values, let severity, let rewrite):
            let finding = Finding(
                rule: description.id, severity: severity ?? description.severity, category: description.category,
                values: values, rewrite: rewrite.flatMap(proof))
            score.record(worst: finding.severity)
            return finding
        }
    }

    /// Adds another tally's checks.
    mutating func add(_ other: Tally) {
        score.add(other.score)
    }
}

/// The parts of a rule's description that every finding carries.
private struct RuleIdentity: Sendable {
    let id: String
    let severity: Severity
    let category: RuleCategory

    init(_ description: RuleDescription) {
        id = description.id
        severity = description.severity
        category = description.category
    }
}
