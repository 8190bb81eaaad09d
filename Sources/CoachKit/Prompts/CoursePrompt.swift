/// The words of the practice course (`/practice`, `okr-coach practice`). In `prompts/course.yaml`.
public enum CoursePrompt: String, CaseIterable, PromptKey {
    case start, progressNone, progress
    case exerciseKeyResult, exerciseObjective, requires
    case requirementBaseline, requirementTarget, requirementDeadline
    case passed, fixed, stillWrong, missing, other, tryAgain, model
    case hintWhy, hintFix, hintNone
    case skipped, quit, answerEmpty
    case topicMastered, topicCount, allDone
    case unknownTopic, progressUnreadable, problemNotProgress, problemNewer, progressNotSaved
    case learnOffer, draftOffer

    public var path: String { "course.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .start: ["topic"]
        case .progressNone: ["total"]
        case .progress: ["passed", "total", "firstTry", "weakest", "mastered"]
        case .exerciseKeyResult: ["id", "topic", "level", "team", "kind", "objective", "flawed"]
        case .exerciseObjective: ["id", "topic", "level", "team", "kind", "keyResults", "flawed"]
        case .requires: ["requirements"]
        case .requirementBaseline, .requirementTarget, .requirementDeadline, .answerEmpty, .hintNone: []
        case .passed: ["firstTry"]
        case .fixed: ["rules"]
        case .stillWrong: ["message", "why"]
        case .missing: ["requirements"]
        case .other: ["message"]
        case .tryAgain: ["tries"]
        case .model: ["model", "why"]
        case .hintWhy: ["why"]
        case .hintFix: ["fix"]
        case .skipped: ["id"]
        case .quit: ["resuming"]
        case .topicMastered, .topicCount: ["title", "passed", "total", "firstTry"]
        case .allDone: ["topic"]
        case .unknownTopic: ["topic", "topics"]
        case .progressUnreadable: ["file", "problem"]
        case .problemNotProgress: []
        case .problemNewer: ["found", "supported"]
        case .progressNotSaved: ["file", "reason"]
        case .learnOffer: ["topic", "count"]
        case .draftOffer: ["topic", "rule"]
        }
    }
}
