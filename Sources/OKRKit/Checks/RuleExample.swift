import Foundation

/// A small, realistic OKR set that a rule is tested on: objectives with their key results, an optional cycle, and
/// what aligned objectives support in another set.
public struct RuleExample: Sendable, CustomStringConvertible {
    public var objectives: [Objective]
    public var cycle: Cycle?
    /// By objective id, the text of what the objective aligns to (as `CheckEngine.check` takes it).
    public var parents: [UUID: String]

    /// An example of objectives with their key results, a cycle and parents when they matter.
    public init(objectives: [Objective], cycle: Cycle? = nil, parents: [UUID: String] = [:]) {
        self.objectives = objectives
        self.cycle = cycle
        self.parents = parents
    }

    /// One objective, with one key result, aligned to a parent objective of another set.
    public static func aligned(_ text: String, keyResult: String, parent: String) -> RuleExample {
        let objective = Objective(text: text, keyResults: [KeyResult(text: keyResult)])
        return RuleExample(objectives: [objective], parents: [objective.id: parent])
    }

    /// One key result under an objective.
    public static func keyResult(
        _ text: String, confidence: Double? = nil, objective: String = "Make onboarding effortless for new teams",
        kind: ObjectiveKind = .aspirational, cycle: Cycle? = nil
    ) -> RuleExample {
        let keyResult = KeyResult(text: text, confidence: confidence)
        return RuleExample(objectives: [Objective(text: objective, kind: kind, keyResults: [keyResult])], cycle: cycle)
    }

    /// One objective with its key results.
    public static func objective(
        _ text: String, kind: ObjectiveKind = .aspirational, keyResults: [String], cycle: Cycle? = nil
    ) -> RuleExample {
        let objective = Objective(text: text, kind: kind, keyResults: keyResults.map { KeyResult(text: $0) })
        return RuleExample(objectives: [objective], cycle: cycle)
    }

    /// A set of objectives, each with the given key results.
    public static func set(_ objectives: [String], keyResults: [String]) -> RuleExample {
        RuleExample(objectives: objectives.map { Objective(text: $0, keyResults: keyResults.map { KeyResult(text: $0) }) })
    }

    /// The example as an outline, for test failure messages.
    public var description: String {
        var lines: [String] = []
        if let cycle { lines.append("Cycle: \(cycle.label)") }
        for objective in objectives {
            lines.append("Objective: \(objective.text) [\(objective.kind.rawValue)]")
            if let parent = parents[objective.id] { lines.append("  (supports: \(parent))") }
            for keyResult in objective.keyResults {
                let confidence = keyResult.confidence.map { " (confidence \(PlainNumber.text($0))/10)" } ?? ""
                lines.append("- \(keyResult.text)\(confidence)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
