import OKRKit

/// A rule's words in `prompts/rules.yaml`: `rules.<id>.message`, `.why` and `.fix`, with the rule's values.
public struct RulePrompt: PromptKey, CaseIterable, Hashable {
    /// Which of a rule's three texts.
    public enum Part: String, CaseIterable, Sendable {
        case message
        case why
        case fix

        /// Where the part is in `allCases`.
        var position: Int {
            switch self {
            case .message: 0
            case .why: 1
            case .fix: 2
            }
        }
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
        path = known?.paths[part.position] ?? RulePrompt.path(rule, part)
    }

    private static func path(_ rule: String, _ part: Part) -> String { "rules.\(rule).\(part.rawValue)" }

    /// Each built-in rule's values and paths (in `Part.allCases` order), worked out once: a big report asks for
    /// them three times per finding, so they sit in a `WordTable`, cheaper to look up than a dictionary.
    private static let known: WordTable<(values: [String], paths: [String])> = {
        var known = WordTable<(values: [String], paths: [String])>(capacity: RuleCatalog.standard.descriptions.count)
        for description in RuleCatalog.standard.descriptions where known[description.id] == nil {
            known[description.id] = (description.values, Part.allCases.map { path(description.id, $0) })
        }
        return known
    }()

    /// Every part of every built-in rule.
    public static let allCases: [RulePrompt] = RuleCatalog.standard.descriptions.flatMap { description in
        Part.allCases.map { RulePrompt(rule: description.id, part: $0) }
    }
}
