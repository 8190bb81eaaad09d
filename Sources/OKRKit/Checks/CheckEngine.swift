import Foundation

/// Checks an OKR set against the rules: reads every key result, runs every rule on its subject, and scores the set.
///
/// Pure and cheap: no I/O, one reading per key result. Reuse one engine for many checks.
public struct CheckEngine: Sendable {
    /// The rules this engine runs.
    public var catalog: RuleCatalog
    /// Whether a rule's rewrite is proven by reading it back and kept on its finding; a report that never shows
    /// rewrites (the workshop report) turns this off and spends nothing on them.
    public var provesRewrites: Bool

    /// An engine running the given rules (all built-in rules by default).
    public init(catalog: RuleCatalog = .standard, provesRewrites: Bool = true) {
        self.catalog = catalog
        self.provesRewrites = provesRewrites
    }

    /// Checks a saved session; `cycle` overrides the session's own cycle when given.
    public func check(_ session: Session, cycle: Cycle? = nil, parents: [UUID: String] = [:]) -> CheckReport {
        check(session.objectives, cycle: cycle ?? session.cycle, parents: parents)
    }

    /// Checks objectives with their key results; `cycle` bounds key results that state no deadline; `parents`
    /// holds, by objective id, the text of what an aligned objective supports in another set.
    ///
    /// Large sets are checked on all cores, objective by objective; the report is the same in any case.
    public func check(_ objectives: [Objective], cycle: Cycle?, parents: [UUID: String] = [:]) -> CheckReport {
        // What a finding needs of each rule, looked up once rather than per subject.
        let setIdentities = catalog.setRules.map { RuleIdentity(type(of: $0).description) }
        let objectiveIdentities = catalog.objectiveRules.map { RuleIdentity(type(of: $0).description) }
        let keyResultIdentities = catalog.keyResultRules.map { RuleIdentity(type(of: $0).description) }

        var tally = Tally()
        tally.score.judged(items: objectives.count + objectives.reduce(0) { $0 + $1.keyResults.count })
        let set = SetSubject(objectives: objectives, cycle: cycle)
        let setFindings = catalog.setRules.indices.compactMap { k in
            tally.judge(catalog.setRules[k].check(set), setIdentities[k], proof: { _ in nil })
        }
        let parts = ChunkedMap.map(objectives.count) { range -> ([ObjectiveReport], Tally) in
            var tally = Tally()
            let reports = objectives[range].map { objective -> ObjectiveReport in
                let subject = ObjectiveSubject(objective, parent: parents[objective.id])
                let rules = catalog.objectiveRules
                let outcomes = rules.map { $0.check(subject) }
                // What a proof needs of the sentence, worked out only when a rule offers a rewrite, and once.
                lazy var fired = Self.fired(outcomes, objectiveIdentities)
                lazy var readable = RewriteProof.isReadable(subject.text)
                let findings = outcomes.indices.compactMap { k in
                    tally.judge(outcomes[k], objectiveIdentities[k]) { candidate in
                        guard provesRewrites else { return nil }
                        return RewriteProof.objective(
                            candidate, of: subject, offeredBy: rules[k], among: rules, fired: fired, readable: readable)
                    }
                }
                let keyResults = objective.keyResults.map {
                    judge($0, of: subject, cycle: cycle, identities: keyResultIdentities, into: &tally)
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
        let identities = catalog.keyResultRules.map { RuleIdentity(type(of: $0).description) }
        var tally = Tally()
        return judge(
            objective.keyResults[k], of: ObjectiveSubject(objective), cycle: cycle, identities: identities, into: &tally)
    }

    /// Reads a key result and runs the key-result rules on it; `identities` are the rules', in `catalog`'s order.
    private func judge(
        _ keyResult: KeyResult, of objective: ObjectiveSubject, cycle: Cycle?, identities: [RuleIdentity],
        into tally: inout Tally
    ) -> KeyResultReport {
        let subject = KeyResultSubject(keyResult, objective: objective, cycle: cycle)
        let rules = catalog.keyResultRules
        let outcomes = rules.map { $0.check(subject) }
        let language = subject.language
        // What a proof needs of the sentence, worked out only when a rule offers a rewrite, and once.
        lazy var fired = Self.fired(outcomes, identities)
        lazy var ids = identities.map(\.id)
        lazy var readable = RewriteProof.isReadable(
            subject.text, isEnglish: language.isEnglish, isFragment: language.isFragment)
        let findings = outcomes.indices.compactMap { k in
            tally.judge(outcomes[k], identities[k]) { candidate in
                guard provesRewrites else { return nil }
                return RewriteProof.keyResult(
                    candidate, of: subject, offeredBy: rules[k], among: rules, ids: ids, fired: fired, readable: readable)
            }
        }
        return KeyResultReport(
            keyResult: keyResult, reading: subject.reading, words: subject.words, findings: findings, isEnglish: language.isEnglish)
    }

    /// The ids of the rules whose outcome is a violation; `identities` are the rules', in the outcomes' order.
    private static func fired(_ outcomes: [RuleOutcome], _ identities: [RuleIdentity]) -> Set<String> {
        Set(outcomes.indices.compactMap { k in
            if case .violation = outcomes[k] { identities[k].id } else { nil }
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
