/// The words of `/checkin`, `/history` and `/measure`. In `prompts/tracking.yaml` under `checkin`.
public enum CheckInPrompt: String, CaseIterable, PromptKey {
    case start, nothingToCheck, header, last, noCheckInYet, planMove, planLevel, planMilestone, planEarly
    case askValue, askMilestone, askBaseline, baselineUnreadable, baselineNotMerged, baselinePastTarget, merged
    case untrackable
    case valueUnreadable, valueTooLong, valueNeeded, milestoneUnreadable, doneOnNumber, recorded
    case askConfidence, confidenceUnreadable, askChangeBehind, askChangeAtRisk, askChangeConfidence, askDivergent, askNote
    case skipped, stopped, finished, due
    case history, historyEntry, historyEmpty, historyUsage
    case measureShown, measureSet, measureCleared, measureUnknown, measureUsage

    public var path: String { "tracking.checkin.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .start: ["date", "count"]
        case .header: ["ref", "text"]
        case .last: ["value", "date", "confidence"]
        case .planMove: ["expected", "share", "baseline", "target", "end"]
        case .planLevel: ["level"]
        case .planMilestone: ["share", "end"]
        case .planEarly: ["start"]
        case .askValue, .askMilestone, .askConfidence: ["last"]
        case .askBaseline: ["ref", "metric", "start"]
        case .baselineUnreadable: ["answer"]
        case .baselineNotMerged, .doneOnNumber, .skipped, .historyEmpty: ["ref"]
        case .baselinePastTarget: ["ref", "answer", "target"]
        case .merged: ["ref", "text"]
        case .untrackable: ["ref", "problem"]
        case .valueUnreadable: ["answer", "unit"]
        case .milestoneUnreadable: ["answer"]
        case .valueTooLong: ["limit"]
        case .recorded: ["value", "ref", "replaced"]
        case .askChangeBehind, .askChangeAtRisk: ["ref", "progress", "expected"]
        case .askChangeConfidence: ["ref", "from", "to"]
        case .askDivergent: ["ref", "confidence", "status"]
        case .finished, .due: ["count"]
        case .history: ["ref", "text", "count"]
        case .historyEntry: ["value", "confidence", "note"]
        case .measureShown: ["ref", "measure", "set"]
        case .measureSet, .measureCleared: ["ref", "measure"]
        case .measureUnknown: ["answer"]
        case .nothingToCheck, .noCheckInYet, .valueNeeded, .confidenceUnreadable, .askNote, .stopped, .historyUsage, .measureUsage: []
        }
    }
}
