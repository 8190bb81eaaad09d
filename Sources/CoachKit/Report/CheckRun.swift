import Foundation
import OKRKit

/// One check of a set, rendered: what `okr-coach check` prints and what the REPL's `/check` shows.
public struct CheckRun: Sendable {
    /// The engine's structured result.
    public let report: CheckReport
    /// The report with every finding's words rendered (`.json` gives the documented JSON).
    public let document: CheckReportDocument
    /// Whether the run fails: an error-severity finding, or under `strict` any warning.
    public let failed: Bool

    /// Checks objectives with the built-in rules; `cycle` bounds key results that state no deadline, `source`
    /// says where an outline wrote them, `parents` what aligned objectives support (by objective id).
    public init(
        _ objectives: [Objective], cycle: Cycle?, book: PromptBook, strict: Bool = false, source: CheckSource? = nil,
        parents: [UUID: ParentLink] = [:]
    ) {
        report = CheckEngine().check(objectives, cycle: cycle, parents: ParentLink.texts(parents))
        document = CheckReportDocument(report, book: book, source: source, parents: parents)
        failed = report.summary.errors > 0 || (strict && report.summary.warnings > 0)
    }

    /// Checks a session; `cycle` overrides the session's own.
    public init(
        _ session: Session, cycle: Cycle? = nil, book: PromptBook, strict: Bool = false, parents: [UUID: ParentLink] = [:]
    ) {
        self.init(session.objectives, cycle: cycle ?? session.cycle, book: book, strict: strict, parents: parents)
    }

    /// The report as styled lines, grouped by objective, for a terminal or a log.
    public func text(book: PromptBook) -> CheckReportText {
        CheckReportText(document, book: book, failed: failed)
    }
}
