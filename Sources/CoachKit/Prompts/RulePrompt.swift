import OKRKit

/// A rule's words in `prompts/rules.yaml`: `rules.<id>.message`, `.why` and `.fix`, with the rule's values.
public struct RulePrompt: PromptKey, CaseIterable, Hashable {
    /// Which of a rule's three texts.
    public enum Part: String, CaseIterable, Sendable {
        case message
        case why
        case fix
    }

    /// The rule id: "kr-no-baseline".
    public let rule: String
    public let part: Part
    public let values: [String]
    public let path: String

    /// The key for one part of a built-in rule; values come from the rule's description.
    public init(rule: String, part: Part) {
        self.rule = rule
        self.part = part
        let known = RulePrompt.known[rule]
        values = known?.values ?? []
        path = known?.paths[part] ?? RulePrompt.path(rule, part)
    }

    private static func path(_ rule: String, _ part: Part) -> String { "rules.\(rule).\(part.rawValue)" }

    /// Each built-in rule's values and paths, worked out once: a big report asks for them per finding.
    private static let known = Dictionary(
        RuleCatalog.standard.descriptions.map { description in
            (description.id, (values: description.values,
                paths: Dictionary(uniqueKeysWithValues: Part.allCases.map { ($0, path(description.id, $0)) })))
        },
        uniquingKeysWith: { first, _ in first })

    /// Every part of every built-in rule.
    public static let allCases: [RulePrompt] = RuleCatalog.standard.descriptions.flatMap { description in
        Part.allCases.map { RulePrompt(rule: description.id, part: $0) }
    }
}
