import OKRKit

/// The words of the status card, its Markdown table and `okr-coach checkin`. In `prompts/status.yaml`.
public enum StatusPrompt: String, CaseIterable, PromptKey {
    case header
    case verdictTooSafe, verdictHealthy, verdictPartial
    case verdictOutran
    case objective
    case noKeyResults
    case keyResult
    case separator
    case bar
    case valueMove, valueLevel
    case valueNone, valueLevelNone
    case statusPending, statusAchieved, statusOnTrack
    case statusBehind, statusAtRisk
    case overachieved
    case confidence
    case confidenceTrend
    case forecast
    case due
    case dueNever
    case stale
    case pace
    case points
    case coachBehind, coachAtRisk, coachDivergentHigh
    case coachDivergentLow, coachTrendingOff
    case untrackedNoBaseline, untrackedNoTarget
    case untrackedBaselineIsTarget
    case untrackedAgainstDirection
    case totalAchieved, totalOnTrack, totalBehind
    case totalAtRisk, totalPending, totalDue, totalStale
    case totals
    case totalsSeparator
    case totalsEmpty
    case markdownSession, markdownObjective
    case markdownHeader, markdownTotals
    case recorded, replaced
    case noSuchKeyResult
    case notAValue, notAMilestoneValue, doneOnNumber
    case percentOutOfRange, valueTooLong
    case badConfidence, badDate, futureDate
    case noBaseline
    case untracked
    case notASessionFile

    public var path: String { "status.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .header: ["session", "cycle", "start", "end", "today", "score", "verdict"]
        case .objective: ["ref", "text", "kind", "owner", "progress"]
        case .keyResult: ["ref", "text", "owner"]
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
