import OKRKit

/// The words of the combined workshop report (`okr-coach report`, the coach's `/report`). In `prompts/report.yaml`.
public enum ReportPrompt: String, CaseIterable, PromptKey {
    case title
    case unreadableHeading, unreadable
    case treeHeading, companySession, treeObjective, treeUnsupported, treeChild, noCompany
    case orphansHeading, treeOrphan, missingHeading, treeMissing
    case teamsHeading, team, teamObjective
    case linkSupports, linkOrphan, linkMissing
    case teamKeyResult, planMove, planLevel, planMilestone
    case findingsSeparator
    case weakestHeading, weak, weakFix, noWeak
    case atRiskHeading, atRisk, noneAtRisk
    case notCheckedInHeading, notCheckedIn, allCheckedIn
    case noCheckIns, noOwner
    case scoresHeading, scores, scoresAll
    case bandDelivered, bandProgress, bandMissed
    case noSessions
    case overwriteSession, overwriteDirectory, written

    public var path: String { "report.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .title: ["count", "one", "today", "cycle"]
        case .unreadableHeading: ["count", "one"]
        case .unreadable: ["file", "reason"]
        case .companySession: ["session", "team"]
        case .treeObjective, .treeUnsupported: ["ref", "text", "owner"]
        case .treeChild: ["session", "ref", "text", "owner", "through"]
        case .treeOrphan: ["session", "ref", "text", "owner"]
        case .treeMissing: ["session", "ref", "text", "owner", "parent"]
        case .team: ["session", "team", "cycle", "strength", "findings"]
        case .teamObjective: ["ref", "text", "kind", "owner", "link"]
        case .linkSupports: ["session", "ref"]
        case .linkMissing: ["session"]
        case .teamKeyResult: ["ref", "text", "owner", "plan", "current", "progress", "status", "findings"]
        case .planMove: ["baseline", "target"]
        case .planLevel: ["target"]
        case .weakestHeading: ["count"]
        case .weak: ["rank", "session", "ref", "text", "owner", "findings"]
        case .weakFix: ["message", "fix"]
        case .atRisk: ["session", "ref", "text", "owner", "status", "progress", "expected"]
        case .notCheckedIn: ["session", "ref", "text", "owner", "last"]
        case .scores: ["session", "score", "verdict", "bands"]
        case .scoresAll: ["bands"]
        case .bandDelivered, .bandProgress, .bandMissed: ["count"]
        case .noSessions: ["place"]
        case .overwriteSession, .overwriteDirectory, .written: ["path"]
        case .treeHeading, .noCompany, .orphansHeading, .missingHeading, .teamsHeading,
            .linkOrphan, .planMilestone, .findingsSeparator, .noWeak, .atRiskHeading, .noneAtRisk,
            .notCheckedInHeading, .allCheckedIn, .noCheckIns, .noOwner, .scoresHeading:
            []
        }
    }
}
