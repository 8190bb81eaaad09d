/// The words of the guided draft: questions, feedback and the summary card. In `prompts/coach.yaml` under `guide`.
public enum GuidePrompt: String, CaseIterable, PromptKey {
    case askCycle, noCycle, cycleSet, cycleUnreadable, askTeam, teamSet
    case askFirstObjective, askNextObjective, reviewObjective, objectiveKept
    case askKeyResult, askMoreKeyResults, reviewKeyResult
    case understood, englishOnly, goodObjective, goodKeyResult, tryThis, rewrite, moreFindings
    case askBaseline, askBaselineCount, askDeadline, askConfidence, baselineUnreadable, baselineNotMerged, baselinePastTarget
    case confidenceUnreadable, merged
    case askMeasure, askOutcome, measureUnreadable, revisionWordless, committedLowConfidence, replaced, asideQuestion, asideStatusUpdate
    case objectiveReview, mix, noKPIs, suggestHeader, askKPIs, kpisLinked, kpisSkipped, kpiChoiceUnreadable
    case summary, summaryOpen, summaryClean, summaryEmpty
    case offerKeyResult, offerObjective, offerDeclined, idle
    case whyNothing, whyEntry, scoreParts
    case multiLineStart, multiLineEmpty, multiLineCancelled, multiLineUnclosed
    case questionCancelled, kpiChoicesGone

    public var path: String { "coach.guide.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .askCycle: ["current"]
        case .cycleSet: ["cycle", "start", "end"]
        case .cycleUnreadable: ["answer"]
        case .teamSet: ["team"]
        case .reviewObjective: ["ref", "kind", "first"]
        case .objectiveKept: ["ref"]
        case .askKeyResult: ["ref", "number", "objective", "cycle"]
        case .askMoreKeyResults: ["ref", "count"]
        case .reviewKeyResult: ["ref", "first"]
        case .understood: ["reading"]
        case .tryThis: ["fix"]
        case .rewrite: ["rewrite"]
        case .moreFindings: ["count"]
        case .askBaseline, .askBaselineCount: ["metric"]
        case .askMeasure: ["ref", "cycle"]
        case .askOutcome: ["ref", "activity", "cycle"]
        case .committedLowConfidence: ["ref", "objective", "confidence"]
        case .replaced: ["ref", "old"]
        case .revisionWordless: ["answer", "ref"]
        case .askDeadline, .askConfidence, .baselineNotMerged: ["ref"]
        case .baselinePastTarget: ["ref", "answer", "target"]
        case .baselineUnreadable: ["answer"]
        case .merged: ["ref", "text"]
        case .objectiveReview: ["ref", "count", "strength"]
        case .mix: ["outcomes", "activities", "unmeasured"]
        case .suggestHeader, .noKPIs: ["ref"]
        case .kpisLinked: ["kpis"]
        case .summary: ["session", "cycle", "objectives", "keyResults", "strength"]
        case .summaryOpen: ["errors", "warnings", "hints"]
        case .offerKeyResult, .offerObjective: ["ref"]
        case .whyEntry: ["ref", "message", "why", "fix"]
        case .scoreParts:
            ["strength", "errors", "warnings", "hints", "errorWeight", "warningWeight", "hintWeight", "items", "uncapped",
             "capped", "ceiling"]
        case .questionCancelled: ["ref"]
        case .multiLineUnclosed: ["count"]
        case .noCycle, .englishOnly, .goodObjective, .goodKeyResult, .askFirstObjective, .askNextObjective, .confidenceUnreadable, .kpiChoiceUnreadable, .askKPIs,
            .kpisSkipped, .summaryClean, .summaryEmpty, .offerDeclined, .idle, .whyNothing, .multiLineStart, .multiLineEmpty, .multiLineCancelled,
            .askTeam, .kpiChoicesGone, .measureUnreadable, .asideQuestion, .asideStatusUpdate:
            []
        }
    }
}
