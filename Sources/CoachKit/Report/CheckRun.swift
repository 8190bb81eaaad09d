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
    /// says where an outline wrote them.
    public init(
        _ objectives: [Objective], cycle: Cycle?, book: PromptBook, strict: Bool = false, source: CheckSource? = nil
    ) {
        report = CheckEngine().check(objectives, cycle: cycle)
        document = CheckReportDocument(report, book: book, source: source)
        failed = report.summary.errors > 0 || (strict && report.summary.warnings > 0)
    }

    /// Checks a session; `cycle` overrides the session's own.
    public init(_ session: Session, cycle: Cycle? = nil, book: PromptBook, strict: Bool = false) {
        self.init(session.objectives, cycle: cycle ?? session.cycle, book: book, strict: strict)
    }

    /// The report as styled lines, grouped by objective, for a terminal or a log.
    public func text(book: PromptBook) -> CheckReportText {
        CheckReportText(document, book: book, failed: failed)
    }
}
