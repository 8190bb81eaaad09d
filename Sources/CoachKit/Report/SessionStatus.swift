import Foundation
import OKRKit

/// Where one session stands on a day: its name and cycle with every figure of its progress, what the status card,
/// the JSON, the Markdown and the CSV of `okr-coach status` show.
public struct SessionStatus: Equatable, Sendable {
    /// The session's name, as its file is named.
    public var name: String
    public var cycle: Cycle?
    /// Every figure, computed on `report.today`.
    public var report: ProgressReport

    /// A status from figures already computed.
    public init(name: String, cycle: Cycle?, report: ProgressReport) {
        self.name = name
        self.cycle = cycle
        self.report = report
    }

    /// The progress of `session` on `today`; a session without a cycle starts on the day it was created (local).
    public init(_ session: Session, today: CalendarDay) {
        self.init(
            name: session.name, cycle: session.cycle,
            report: ProgressReport(session: session, firstDay: CalendarDay.local(session.createdAt), today: today))
    }

    /// Each key result's progress with its reference ("O1.KR2"), in order.
    public var keyResults: [(ref: String, progress: KeyResultProgress)] {
        report.objectives.enumerated().flatMap { o, objective in
            objective.keyResults.enumerated().map { k, progress in (Reference.keyResult(o, k).description, progress) }
        }
    }
}
