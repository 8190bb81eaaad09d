import OKRKit

/// The words of KPI suggestions and catalog answers. In `prompts/suggestions.yaml`.
public enum SuggestionPrompt: String, CaseIterable, PromptKey {
    case ownMetric
    case counterMetric
    case related
    case context
    case searchMatch
    case cadenceDaily = "cadence.daily"
    case cadenceWeekly = "cadence.weekly"
    case cadenceMonthly = "cadence.monthly"
    case cadenceQuarterly = "cadence.quarterly"
    case noMatch
    case unmeasured
    case unknownId
    case unknownCategory

    /// The key in `suggestions.yaml`, prefixed with the file's name.
    public var path: String { "suggestions.\(rawValue)" }

    /// The values the code passes to the template.
    public var values: [String] {
        switch self {
        case .ownMetric: ["metric", "kpi", "cadence"]
        case .counterMetric: ["of", "kpi", "cadence"]
        case .related, .context: ["terms", "kpi", "cadence"]
        case .searchMatch: ["terms", "kpi"]
        case .cadenceDaily, .cadenceWeekly, .cadenceMonthly, .cadenceQuarterly: []
        case .noMatch: ["terms"]
        case .unmeasured: []
        case .unknownId: ["id", "suggestions"]
        case .unknownCategory: ["category", "categories"]
        }
    }

    /// The key of a cadence's word.
    public static func cadence(_ cadence: KPICadence) -> SuggestionPrompt {
        switch cadence {
        case .daily: .cadenceDaily
        case .weekly: .cadenceWeekly
        case .monthly: .cadenceMonthly
        case .quarterly: .cadenceQuarterly
        }
    }
}
