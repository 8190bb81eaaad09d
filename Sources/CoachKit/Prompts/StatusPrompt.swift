import OKRKit

/// The words of the status card, its Markdown table and `okr-coach checkin`. In `prompts/status.yaml`.
public enum StatusPrompt: String, CaseIterable, PromptKey {
    case header
    case verdictTooSafe = "verdict-too-safe", verdictHealthy = "verdict-healthy", verdictPartial = "verdict-partial"
    case verdictOutran = "verdict-outran"
    case objective
    case noKeyResults = "no-key-results"
    case keyResult = "key-result"
    case separator
    case bar
    case valueMove = "value-move", valueLevel = "value-level"
    case valueNone = "value-none", valueLevelNone = "value-level-none"
    case statusPending = "status-pending", statusAchieved = "status-achieved", statusOnTrack = "status-on-track"
    case statusBehind = "status-behind", statusAtRisk = "status-at-risk"
    case overachieved
    case confidence
    case confidenceTrend = "confidence-trend"
    case forecast
    case due
    case dueNever = "due-never"
    case stale
    case pace
    case points
    case coachBehind = "coach-behind", coachAtRisk = "coach-at-risk", coachDivergentHigh = "coach-divergent-high"
    case coachDivergentLow = "coach-divergent-low", coachTrendingOff = "coach-trending-off"
    case untrackedNoBaseline = "untracked-no-baseline", untrackedNoTarget = "untracked-no-target"
    case untrackedBaselineIsTarget = "untracked-baseline-is-target"
    case untrackedAgainstDirection = "untracked-against-direction"
    case totalAchieved = "total-achieved", totalOnTrack = "total-on-track", totalBehind = "total-behind"
    case totalAtRisk = "total-at-risk", totalPending = "total-pending", totalDue = "total-due", totalStale = "total-stale"
    case totals
    case totalsSeparator = "totals-separator"
    case totalsEmpty = "totals-empty"
    case markdownSession = "markdown-session", markdownObjective = "markdown-objective"
    case markdownHeader = "markdown-header", markdownTotals = "markdown-totals"
    case recorded, replaced
    case noSuchKeyResult = "no-such-key-result"
    case notAValue = "not-a-value", notAMilestoneValue = "not-a-milestone-value", doneOnNumber = "done-on-number"
    case percentOutOfRange = "percent-out-of-range", valueTooLong = "value-too-long"
    case badConfidence = "bad-confidence", badDate = "bad-date", futureDate = "future-date"
    case noBaseline = "no-baseline"
    case untracked
    case notASessionFile = "not-a-session-file"

    public var path: String { "status.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .header: ["session", "cycle", "start", "end", "today", "score", "verdict"]
        case .objective: ["ref", "text", "kind", "progress"]
        case .keyResult: ["ref", "text"]
        case .bar: ["bar", "progress", "expected"]
        case .valueMove, .valueNone: ["current", "baseline", "target"]
        case .valueLevel, .valueLevelNone: ["current", "target"]
        case .overachieved: ["raw"]
        case .confidence: ["confidence"]
        case .confidenceTrend: ["previous", "confidence", "arrow"]
        case .forecast: ["forecast", "end"]
        case .due: ["last"]
        case .stale: ["days"]
        case .pace: ["needed", "seen"]
        case .points: ["points"]
        case .coachBehind, .coachAtRisk: ["pace"]
        case .coachDivergentHigh: ["confidence", "pace"]
        case .coachDivergentLow: ["confidence"]
        case .coachTrendingOff: ["forecast", "success", "pace"]
        case .untrackedNoTarget: ["ref"]
        case .untrackedBaselineIsTarget: ["ref", "target"]
        case .untrackedAgainstDirection: ["ref", "measure"]
        case .totalAchieved, .totalOnTrack, .totalBehind, .totalAtRisk, .totalPending, .totalDue, .totalStale: ["count"]
        case .totals: ["counts", "due"]
        case .markdownSession: ["session", "cycle", "today"]
        case .markdownObjective: ["ref", "text", "kind"]
        case .markdownTotals: ["totals"]
        case .recorded: ["ref", "value", "date", "confidence", "status"]
        case .replaced: ["ref", "value", "date", "confidence", "previous", "status"]
        case .noSuchKeyResult: ["ref", "session", "count"]
        case .notAValue: ["ref", "value", "text", "unit"]
        case .notAMilestoneValue: ["ref", "value"]
        case .valueTooLong: ["ref", "limit"]
        case .doneOnNumber: ["ref", "value", "text"]
        case .percentOutOfRange: ["ref", "percent"]
        case .badConfidence: ["confidence"]
        case .badDate: ["option", "date"]
        case .futureDate: ["date", "today"]
        case .noBaseline: ["ref", "text", "session"]
        case .untracked: ["ref", "problem"]
        case .notASessionFile: ["path"]
        case .verdictTooSafe, .verdictHealthy, .verdictPartial, .verdictOutran, .noKeyResults, .separator,
            .statusPending, .statusAchieved, .statusOnTrack, .statusBehind,
            .statusAtRisk, .dueNever, .untrackedNoBaseline, .totalsSeparator, .totalsEmpty, .markdownHeader:
            []
        }
    }
}

extension StatusPrompt {
    /// The words for a status.
    public init(_ status: TrackingStatus) {
        switch status {
        case .pending: self = .statusPending
        case .achieved: self = .statusAchieved
        case .onTrack: self = .statusOnTrack
        case .behind: self = .statusBehind
        case .atRisk: self = .statusAtRisk
        }
    }

    /// The words for a set's verdict.
    public init(_ verdict: SetVerdict) {
        switch verdict {
        case .tooSafe: self = .verdictTooSafe
        case .healthy: self = .verdictHealthy
        case .partial: self = .verdictPartial
        case .outran: self = .verdictOutran
        }
    }
}
