/// Judges an answer to an exercise with the real checks: the answer is put in its context (under its objective, or
/// with its key results) and checked as `/check` would check it.
public struct PracticeJudge: Sendable {
    private let engine: CheckEngine

    /// A judge running the built-in rules (rewrites are never shown, so none is proven).
    public init(catalog: RuleCatalog = .standard) {
        engine = CheckEngine(catalog: catalog, provesRewrites: false)
    }

    /// What the checks say of one answer.
    public struct Verdict: Equatable, Sendable {
        /// Whether every rule the exercise is aimed at is quiet, no other error or warning fires (nor a hint that
        /// the answer is unrelated to its objective), and every requirement is met.
        public var passed: Bool { stillFiring.isEmpty && missing.isEmpty }
        /// The exercise's rules that no longer fire, in the exercise's order.
        public var fixed: [String]
        /// What keeps the answer from passing: the findings of the exercise's rules that still fire, then any other
        /// error or warning, most severe first.
        public var stillFiring: [Finding]
        /// What the answer must state and does not.
        public var missing: [Exercise.Requirement]
        /// Hints on the answer: advice, not part of passing.
        public var other: [Finding]
        /// What the reader understood of a key result; `nil` for an objective.
        public var reading: Reading?
    }

    /// The verdict on `answer` (the flawed text itself gives the exercise's starting point).
    public func judge(_ answer: String, for exercise: Exercise) -> Verdict {
        let (findings, reading) = check(answer, in: exercise)
        let aimed = Set(exercise.rules)
        let firing = findings.filter { aimed.contains($0.rule) }
        // An answer that fixes what the exercise is about but brings a new error or warning is still wrong: the
        // checks would say so of it anywhere else; so is one about something else than its objective (a hint in a
        // set, but here the answer was asked for that objective). Other hints are advice.
        let blocks = { (finding: Finding) in finding.severity >= .warning || finding.category == .relevant }
        let new = findings.filter { !aimed.contains($0.rule) && blocks($0) }.sorted { $0.severity > $1.severity }
        let missing = exercise.part == .keyResult ? exercise.requires.filter { requirement in
            switch requirement {
            case .baseline: reading?.baseline == nil
            case .target: reading?.target == nil && reading?.change == nil
            case .deadline: reading?.deadline == nil
            }
        } : []
        let wrong = firing + new
        // A rule the answer only escapes by a worse error ("a lot" has no baseline to miss: it has no number) is not
        // fixed; a requirement a finding already names is not said twice.
        let fixed = wrong.contains { $0.severity == .error } ? [] : exercise.rules.filter { rule in !firing.contains { $0.rule == rule } }
        return Verdict(
            fixed: fixed, stillFiring: wrong,
            missing: missing.filter { requirement in !wrong.contains { $0.rule == Self.namer[requirement] } },
            other: findings.filter { !aimed.contains($0.rule) && !blocks($0) },
            reading: reading)
    }

    /// The rule whose finding already says that a key result lacks a requirement.
    private static let namer: [Exercise.Requirement: String] = [
        .baseline: KeyResultNoBaselineRule.description.id, .deadline: KeyResultNoDeadlineRule.description.id,
        .target: KeyResultNoNumberRule.description.id,
    ]

    /// The findings on the answer's own objective or key result, and a key result's reading.
    private func check(_ text: String, in exercise: Exercise) -> ([Finding], Reading?) {
        switch exercise.part {
        case .objective:
            let objective = Objective(
                text: text, kind: exercise.kind, keyResults: exercise.keyResults.map { KeyResult(text: $0) })
            return (engine.check([objective], cycle: nil).objectives.first?.findings ?? [], nil)
        case .keyResult:
            let objective = Objective(
                text: exercise.objective ?? "", kind: exercise.kind, keyResults: [KeyResult(text: text)])
            let report = engine.check(keyResultAt: 0, of: objective, cycle: nil)
            return (report?.findings ?? [], report?.reading)
        }
    }
}
