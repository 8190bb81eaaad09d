/// The words of the HTML handout. In `prompts/handout.yaml`; the page itself is `prompts/handout.html`.
public enum HandoutPrompt: String, CaseIterable, PromptKey {
    case title, footer
    case team, cycle, noCycle, check, noObjectives
    case committed, aspirational
    case owner, supports, parentMissing, noKeyResults
    case move, level, milestone
    case current
    case progress, checkIns, finding, findings

    /// "1 finding", "3 findings": the key for a count of findings.
    public static func findings(_ count: Int) -> HandoutPrompt { count == 1 ? .finding : .findings }

    public var path: String { "handout.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .title, .footer: ["today"]
        case .team: ["team"]
        case .cycle: ["cycle", "start", "end"]
        case .check: ["strength", "findings"]
        case .owner: ["owner"]
        case .supports: ["reference"]
        case .parentMissing: ["session"]
        case .move: ["baseline", "target"]
        case .level: ["target"]
        case .current: ["current"]
        case .progress: ["progress", "expected"]
        case .checkIns: ["values"]
        case .finding, .findings: ["count"]
        case .noCycle, .noObjectives, .committed, .aspirational, .noKeyResults, .milestone: []
        }
    }
}
