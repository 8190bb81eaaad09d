import OKRKit

/// The words of a check report and of problems with its input, in `prompts/rules.yaml` under `report` and `outline`.
public enum CheckReportPrompt: String, CaseIterable, PromptKey {
    case objective
    case keyResult = "key-result"
    case location
    case parent
    case parentMissing = "parent-missing"
    case reading
    case readingSeparator = "reading-separator"
    case readingDirection = "reading-direction"
    case readingNoDirection = "reading-no-direction"
    case readingMetric = "reading-metric"
    case readingBaseline = "reading-baseline"
    case readingTarget = "reading-target"
    case readingChange = "reading-change"
    case readingDeadline = "reading-deadline"
    case readingNoDeadline = "reading-no-deadline"
    case readingCycleDeadline = "reading-cycle-deadline"
    case readingConfidence = "reading-confidence"
    case englishOnly = "english-only"
    case set
    case finding
    case why
    case fix
    case rewrite
    case clean
    case summary
    case keyResultBeforeObjective = "kr-before-objective"
    case emptyObjective = "empty-objective"
    case emptyKeyResult = "empty-key-result"
    case unknownCycle = "unknown-cycle"
    case noObjectives = "no-objectives"
    case unreadable
    case notText = "not-text"
    case tooLarge = "too-large"

    public var path: String { Self.paths[ordinal] }

    /// The key's place among all keys, for tables indexed by key: a report of 10,000 key results renders a hundred
    /// thousand of them, and finding a case in a short list is cheaper than hashing it or its path.
    var ordinal: Int { Self.ordered.firstIndex(of: self) ?? 0 }

    private static let ordered = allCases

    /// Each key's path, worked out once.
    private static let paths = ordered.map(\.spelledPath)

    private var spelledPath: String {
        switch self {
        case .keyResultBeforeObjective, .emptyObjective, .emptyKeyResult, .unknownCycle, .noObjectives, .unreadable,
            .notText, .tooLarge:
            "rules.outline.\(rawValue)"
        default:
            "rules.report.\(rawValue)"
        }
    }

    public var values: [String] {
        switch self {
        case .objective: ["number", "text", "kind", "owner", "location"]
        case .keyResult: ["number", "text", "owner", "location"]
        case .parent: ["reference", "text"]
        case .parentMissing: ["session"]
        case .location: ["file", "line"]
        case .reading: ["parts"]
        case .readingDirection: ["direction"]
        case .readingMetric: ["metric"]
        case .readingBaseline: ["baseline"]
        case .readingTarget: ["target"]
        case .readingChange: ["change"]
        case .readingDeadline: ["deadline"]
        case .readingCycleDeadline: ["cycle"]
        case .readingConfidence: ["confidence"]
        case .set, .clean, .readingSeparator, .readingNoDirection, .readingNoDeadline, .englishOnly: []
        case .finding: ["severity", "rule", "message"]
        case .why: ["why"]
        case .fix: ["fix"]
        case .rewrite: ["rewrite"]
        case .summary: ["errors", "warnings", "hints", "strength", "checks"]
        case .keyResultBeforeObjective, .emptyObjective, .emptyKeyResult, .unknownCycle, .noObjectives:
            ["file", "line", "text"]
        case .unreadable: ["file", "problem"]
        case .notText: ["file", "line"]
        case .tooLarge: ["file", "limit"]
        }
    }
}

extension CheckReportPrompt {
    /// The words for a problem in an outline.
    public init(_ problem: OutlineProblem) {
        switch problem {
        case .keyResultBeforeObjective: self = .keyResultBeforeObjective
        case .emptyObjective: self = .emptyObjective
        case .emptyKeyResult: self = .emptyKeyResult
        case .unknownCycle: self = .unknownCycle
        case .noObjectives: self = .noObjectives
        }
    }
}
