/// The words of `/grade` and `/next-cycle`. In `prompts/tracking.yaml` under `grade`.
public enum GradePrompt: String, CaseIterable, PromptKey {
    case start, stopped, nothingToGrade, askScore, basisProgress, basisLevel, basisMilestone, basisNone, basisUntracked
    case scoreUnreadable, reasonNeeded, scoreGiven, askLookBack, askPlan, planUnreadable, askLearned
    case scorecard, scorecardObjective, scorecardKeyResult, verdict, verdictTooSafe, verdictHealthy, verdictPartial
    case verdictOutran, nextCycleHint, bandMissed, bandProgress, bandDelivered
    case nextCycleUsage, nextCycleNothing, nextCycleCreated, nextCycleNeedsTarget

    public var path: String { "tracking.grade.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .start: ["count", "date", "early", "end"]
        case .askScore: ["ref", "text", "score", "band", "basis", "given", "reason"]
        case .basisProgress: ["progress", "baseline", "target", "current"]
        case .basisLevel: ["level", "held", "count"]
        case .basisMilestone: ["state"]
        case .scoreUnreadable: ["score"]
        case .reasonNeeded: ["score", "computed"]
        case .scoreGiven: ["ref", "score", "reason"]
        case .askLookBack: ["ref", "score"]
        case .askPlan: ["ref", "text", "score", "band"]
        case .askLearned, .nextCycleNeedsTarget: ["ref"]
        case .scorecard: ["cycle"]
        case .scorecardObjective: ["score", "band", "plan", "text"]
        case .scorecardKeyResult: ["score", "band", "given", "missed", "text"]
        case .verdict: ["score", "words"]
        case .nextCycleNothing: ["session"]
        case .nextCycleCreated: ["session", "cycle", "objectives", "keyResults", "from"]
        case .stopped, .nothingToGrade, .basisNone, .basisUntracked, .planUnreadable, .verdictTooSafe, .verdictHealthy,
            .verdictPartial, .verdictOutran, .nextCycleHint, .bandMissed, .bandProgress, .bandDelivered, .nextCycleUsage:
            []
        }
    }
}
