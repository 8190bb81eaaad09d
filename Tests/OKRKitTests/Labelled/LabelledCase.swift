import OKRKit
import Testing

/// One key result under its objective, labelled from a rule's definition (not from its code).
struct LabelledCase: ExpressibleByStringLiteral, Sendable {
    let objective: String
    let keyResult: String
    /// Why the rule gets this case wrong today, when it does: the case is then expected to fail, and its test fails
    /// once the rule gets it right, so the label can go.
    let knownMiss: String?

    /// A key result under an objective; the default objective is neutral, for rules that do not look at it.
    init(_ keyResult: String, objective: String = "Make this our best quarter yet", knownMiss: String? = nil) {
        self.keyResult = keyResult
        self.objective = objective
        self.knownMiss = knownMiss
    }

    init(stringLiteral keyResult: String) { self.init(keyResult) }
}

/// A rule's labelled set: key results on which it must fire, and key results on which it must stay quiet.
struct LabelledSet: Sendable {
    let rule: String
    let fires: [LabelledCase]
    let quiet: [LabelledCase]

    /// Every case with what the rule must do on it.
    var expectations: [LabelledExpectation] {
        fires.map { LabelledExpectation(rule: rule, labelled: $0, fires: true) }
            + quiet.map { LabelledExpectation(rule: rule, labelled: $0, fires: false) }
    }
}

/// What one rule must do on one labelled case.
struct LabelledExpectation: CustomTestStringConvertible, Sendable {
    let rule: String
    let labelled: LabelledCase
    let fires: Bool

    /// Checks the key result under its objective with the rule alone, and expects a finding or none.
    func check() {
        let engine = CheckEngine(catalog: .standard.only([rule]))
        let objective = Objective(text: labelled.objective, keyResults: [KeyResult(text: labelled.keyResult)])
        let fired = engine.check([objective], cycle: Cycle.parse("2027-Q1")).allFindings.contains { $0.rule == rule }
        guard let knownMiss = labelled.knownMiss else {
            #expect(fired == fires)
            return
        }
        withKnownIssue(Comment(rawValue: knownMiss)) { #expect(fired == fires) }
    }

    var testDescription: String {
        "\(rule) \(fires ? "fires" : "stays quiet") on: \(labelled.keyResult) [under: \(labelled.objective)]"
    }
}
