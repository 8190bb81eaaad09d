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

    /// The key for one part of a built-in rule; values come from the rule's description.
    public init(rule: String, part: Part) {
        self.rule = rule
        self.part = part
        self.values = RulePrompt.valuesByRule[rule] ?? []
    }

    public var path: String { "rules.\(rule).\(part.rawValue)" }

    private static let valuesByRule = Dictionary(
        RuleCatalog.standard.descriptions.map { ($0.id, $0.values) }, uniquingKeysWith: { first, _ in first })

    /// Every part of every built-in rule.
    public static let allCases: [RulePrompt] = RuleCatalog.standard.descriptions.flatMap { description in
        Part.allCases.map { RulePrompt(rule: description.id, part: $0) }
    }
}
