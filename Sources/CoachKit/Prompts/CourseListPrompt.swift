/// The words of the practice bank's listing (`okr-coach practice --list`), in `prompts/course.yaml` under `list`.
public enum CourseListPrompt: String, CaseIterable, PromptKey {
    case line
    case objective
    case keyResult = "key-result"
    case rulesSeparator = "rules-separator"
    case unknownTopic = "unknown-topic"
    case topicsSeparator = "topics-separator"

    public var path: String { "course.list.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .line: ["number", "topic", "level", "team", "part", "flawed", "rules"]
        case .unknownTopic: ["topic", "topics"]
        case .objective, .keyResult, .rulesSeparator, .topicsSeparator: []
        }
    }
}
