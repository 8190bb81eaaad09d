import Foundation
import OKRKit

/// One session of a workshop report: its objectives and key results with owners, plans, progress and findings, and
/// the counts of its check.
public struct WorkshopTeam: Sendable {
    /// The session as read (its name is its file's).
    public var session: Session
    /// Every key result's progress on the report's day.
    public var status: SessionStatus
    /// The check's counts and strength.
    public var check: CheckReportDocument.SummaryEntry
    /// Its objectives in order, with their key results.
    public var objectives: [ObjectiveEntry]
    /// Whether any key result has a check-in on or before the report's day: progress, status and reminders show then.
    public var hasCheckIns: Bool
    /// Whether the cycle has ended by the report's day, or a key result was graded: score bands show then.
    public var scored: Bool

    /// One objective, where it aligns, and its key results.
    public struct ObjectiveEntry: Sendable {
        /// "O1".
        public var ref: String
        public var objective: Objective
        /// Where it aligns; set once the sessions are side by side (`WorkshopReport`).
        public var link: WorkshopLink = .orphan
        public var keyResults: [KeyResultEntry]
    }

    /// One key result with what was read, its progress and its findings.
    public struct KeyResultEntry: Sendable {
        /// "O1.KR2".
        public var ref: String
        public var keyResult: KeyResult
        /// Who answers for it: its own owner, else its objective's.
        public var owner: String?
        /// What the check read in its sentence (with its stored confidence).
        public var reading: Reading
        /// Its figures on the report's day, computed from that reading.
        public var progress: KeyResultProgress
        /// Its findings, the most severe first (in the check's order within a severity).
        public var findings: [Finding]
        /// The first of its findings with its words, which the report shows; `nil` when it has none. Only this
        /// one is put in words: rendering every finding's was a twentieth of a report.
        public var worst: CheckReportDocument.FindingEntry?

        /// How many of its findings have this severity.
        public func count(_ severity: Severity) -> Int { findings.lazy.filter { $0.severity == severity }.count }

        /// The plan's baseline, target and unit, when it can be tracked.
        public var plan: KeyResultPlan? { try? progress.plan.get() }
    }

    /// Checks `session` and computes its progress on `today`, reading each sentence once; `parents` are what its
    /// aligned objectives support (by objective id), which the check reads.
    public init(_ session: Session, today: CalendarDay, parents: [UUID: ParentLink] = [:], book: PromptBook) {
        var renderer = PromptRenderer(book: book)
        self.init(session, today: today, parents: parents, renderer: &renderer)
    }

    /// `init(_:today:parents:book:)` with the renderer of the calling chunk of teams, which parses each template
    /// once for all of them.
    init(_ session: Session, today: CalendarDay, parents: [UUID: ParentLink], renderer: inout PromptRenderer) {
        self.session = session
        // The report shows each finding's fix, never a rewrite: none is proven.
        let report = CheckEngine(provesRewrites: false).check(session, parents: ParentLink.texts(parents))
        check = CheckReportDocument.SummaryEntry(report.summary)
        let firstDay = CalendarDay.local(session.createdAt)
        let start = ProgressReport.start(of: session, firstDay: firstDay)
        var progressed: [ProgressReport.ObjectiveProgress] = []
        var objectives: [ObjectiveEntry] = []
        for (o, checked) in report.objectives.enumerated() {
            let objective = checked.objective
            var keyResults: [KeyResultEntry] = []
            for (k, keyResult) in checked.keyResults.enumerated() {
                let progress = KeyResultProgress(
                    keyResult: keyResult.keyResult, kind: objective.kind, reading: keyResult.reading, start: start,
                    cycleEnd: session.cycle?.end, today: today)
                let findings = keyResult.findings.enumerated()
                    .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }.map(\.element)
                keyResults.append(KeyResultEntry(
                    ref: Reference.keyResult(o, k).description, keyResult: keyResult.keyResult,
                    owner: objective.owner(of: keyResult.keyResult), reading: keyResult.reading, progress: progress,
                    findings: findings,
                    worst: findings.first.map { CheckReportDocument.FindingEntry($0, renderer: &renderer) }))
            }
            progressed.append(ProgressReport.ObjectiveProgress(objective: objective, keyResults: keyResults.map(\.progress)))
            objectives.append(ObjectiveEntry(ref: Reference.objective(o).description, objective: objective, keyResults: keyResults))
        }
        self.objectives = objectives
        status = SessionStatus(
            name: session.name, cycle: session.cycle,
            report: ProgressReport(today: today, start: start, objectives: progressed))
        let keyResults = objectives.lazy.flatMap(\.keyResults)
        hasCheckIns = keyResults.contains { !$0.progress.checkIns.isEmpty }
        scored = session.cycle.map { today >= $0.end } == true || keyResults.contains { $0.keyResult.givenScore != nil }
    }

    /// The team's name: the session's team, else its name.
    public var teamName: String { session.team ?? session.name }

    /// How many key results end in each score band, by the score that counts (a given one wins).
    public var bands: [ScoreBand: Int] {
        var bands: [ScoreBand: Int] = [:]
        for entry in objectives.lazy.flatMap(\.keyResults) { bands[ScoreBand(entry.progress.finalScore), default: 0] += 1 }
        return bands
    }
}

/// Where a workshop report's objective aligns.
public enum WorkshopLink: Equatable, Sendable {
    /// An objective of a company session.
    case company
    /// It supports this objective (or key result) of another session.
    case aligned(AlignmentIndex.Place)
    /// A team objective that aligns to nothing.
    case orphan
    /// It aligns to an objective or key result that is not among the sessions; `session` is the name its link keeps.
    case parentMissing(session: String)

    /// The word the JSON and CSV write: `company`, `aligned`, `orphan` or `parent-missing`.
    public var word: String {
        switch self {
        case .company: "company"
        case .aligned: "aligned"
        case .orphan: "orphan"
        case .parentMissing: "parent-missing"
        }
    }
}
