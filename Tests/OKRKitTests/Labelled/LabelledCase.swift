import OKRKit
import Testing

/// One key result under its objective, labelled from a rule's definition (not from its code) as a case on which the
/// rule must fire or must stay quiet.
struct LabelledCase: CustomTestStringConvertible, ExpressibleByStringLiteral, Sendable {
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

    /// Expects the rule with `id` to fire on the key result (checked alone), or to stay quiet.
    func expect(_ id: String, fires: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        let engine = CheckEngine(catalog: .standard.only([id]))
        let objective = Objective(text: objective, keyResults: [KeyResult(text: keyResult)])
        let fired = engine.check([objective], cycle: Cycle.parse("2027-Q1")).allFindings.contains { $0.rule == id }
        guard let knownMiss else {
            #expect(fired == fires, sourceLocation: sourceLocation)
            return
        }
        withKnownIssue(Comment(rawValue: knownMiss)) { #expect(fired == fires, sourceLocation: sourceLocation) }
    }

    var testDescription: String { "\(keyResult) [under: \(objective)]" }
}
