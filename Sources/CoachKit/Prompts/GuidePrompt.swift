/// The words of the guided draft: questions, feedback and the summary card. In `prompts/coach.yaml` under `guide`.
public enum GuidePrompt: String, CaseIterable, PromptKey {
    case askCycle, noCycle, cycleSet, cycleUnreadable, askTeam, teamSet
    case askFirstObjective, askNextObjective, reviewObjective, objectiveKept
    case askKeyResult, askMoreKeyResults, reviewKeyResult
    case understood, englishOnly, goodObjective, goodKeyResult, tryThis, rewrite, moreFindings
    case askBaseline, askDeadline, askConfidence, baselineUnreadable, baselineNotMerged, baselinePastTarget, confidenceUnreadable, merged
    case objectiveReview, mix, suggestHeader, askKPIs, kpisLinked, kpisSkipped, kpiChoiceUnreadable
    case summary, summaryOpen, summaryClean, summaryEmpty
    case offerKeyResult, offerObjective, offerDeclined, idle
    case whyNothing, whyEntry
    case multiLineStart, multiLineEmpty, multiLineCancelled, multiLineUnclosed
    case questionCancelled, kpiChoicesGone

    public var path: String { "coach.guide.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .askCycle: ["current"]
        case .cycleSet: ["cycle", "start", "end"]
        case .cycleUnreadable: ["answer"]
        case .teamSet: ["team"]
        case .reviewObjective, .objectiveKept: ["ref"]
        case .askKeyResult: ["ref", "number", "objective"]
        case .askMoreKeyResults: ["ref", "count"]
        case .reviewKeyResult: ["ref"]
        case .understood: ["reading"]
        case .tryThis: ["fix"]
        case .rewrite: ["rewrite"]
        case .moreFindings: ["count"]
        case .askBaseline: ["metric"]
        case .askDeadline, .askConfidence, .baselineNotMerged: ["ref"]
        case .baselinePastTarget: ["ref", "answer", "target"]
        case .baselineUnreadable: ["answer"]
        case .merged: ["ref", "text"]
        case .objectiveReview: ["ref", "count", "strength"]
        case .mix: ["outcomes", "activities"]
        case .suggestHeader: ["ref"]
        case .kpisLinked: ["kpis"]
        case .summary: ["session", "cycle", "objectives", "keyResults", "strength"]
        case .summaryOpen: ["errors", "warnings", "hints"]
        case .offerKeyResult, .offerObjective: ["ref"]
        case .whyEntry: ["message", "why", "fix"]
        case .questionCancelled: ["ref"]
        case .multiLineUnclosed: ["count"]
        case .noCycle, .englishOnly, .goodObjective, .goodKeyResult, .askFirstObjective, .askNextObjective, .confidenceUnreadable, .kpiChoiceUnreadable, .askKPIs,
            .kpisSkipped, .summaryClean, .summaryEmpty, .offerDeclined, .idle, .whyNothing, .multiLineStart, .multiLineEmpty, .multiLineCancelled,
            .askTeam, .kpiChoicesGone:
            []
        }
    }
}
