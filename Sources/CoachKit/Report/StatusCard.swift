import OKRKit

/// The status card: a heading per session, a card per objective with three lines and a line of coaching per key
/// result, then the totals ("3 on track, 1 behind, 1 at risk; 2 due"). Plain text lines with a tone each, for
/// `okr-coach status` and the coach's `/status`.
public enum StatusCard {
    /// The card of one session: its heading, its objectives, its totals.
    public static func lines(for status: SessionStatus, book: PromptBook) -> [StyledLine] {
        var renderer = PromptRenderer(book: book)
        let report = status.report
        let score = report.score
        var lines = [StyledLine(0, .heading, renderer.text(StatusPrompt.header, [
            "session": status.name, "cycle": status.cycle?.label ?? "",
            "start": report.start.description, "end": status.cycle?.end.description ?? "",
            "today": report.today.description, "score": score.map(StatusFigures.score) ?? "",
            "verdict": report.verdict.map { renderer.text(StatusPrompt($0)) } ?? "",
        ]))]
        lines += objectives(of: report, renderer: &renderer)
        lines.append(totals(report.summary, renderer: &renderer))
        return lines
    }

    /// The cards of a report's objectives, without a heading or totals (for a caller that shows its own).
    public static func lines(for report: ProgressReport, book: PromptBook) -> [StyledLine] {
        var renderer = PromptRenderer(book: book)
        return objectives(of: report, renderer: &renderer)
    }

    /// The totals line alone: "3 on track, 1 behind, 1 at risk; 2 due".
    public static func totals(_ summary: ProgressReport.Summary, book: PromptBook) -> StyledLine {
        var renderer = PromptRenderer(book: book)
        return totals(summary, renderer: &renderer)
    }

    private static func objectives(of report: ProgressReport, renderer: inout PromptRenderer) -> [StyledLine] {
        var lines: [StyledLine] = []
        for (o, objective) in report.objectives.enumerated() {
            lines.append(StyledLine(0, .heading, renderer.text(StatusPrompt.objective, [
                "ref": Reference.objective(o).description, "text": objective.objective.text,
                "kind": objective.objective.kind.rawValue, "progress": TrackingWords.percent(objective.progress),
                "owner": objective.objective.owner ?? "",
            ])))
            if objective.keyResults.isEmpty {
                lines.append(StyledLine(1, .plain, renderer.text(StatusPrompt.noKeyResults)))
            }
            for (k, progress) in objective.keyResults.enumerated() {
                let card = KeyResultCard(
                    ref: Reference.keyResult(o, k).description, keyResult: objective.objective.keyResults[k],
                    kind: objective.objective.kind, progress: progress, today: report.today)
                lines += card.lines(&renderer)
            }
        }
        return lines
    }

    /// "3 on track, 1 behind, 1 at risk; 2 due": bad with anything at risk, a warning with anything behind or due.
    static func totals(_ summary: ProgressReport.Summary, renderer: inout PromptRenderer) -> StyledLine {
        let counted: [(Int, StatusPrompt)] = [
            (summary.achieved, .totalAchieved), (summary.onTrack, .totalOnTrack), (summary.behind, .totalBehind),
            (summary.atRisk, .totalAtRisk), (summary.pending, .totalPending),
        ]
        let separator = renderer.text(StatusPrompt.totalsSeparator)
        func said(_ counts: [(Int, StatusPrompt)]) -> String {
            counts.filter { $0.0 > 0 }.map { renderer.text($0.1, ["count": String($0.0)]) }.joined(separator: separator)
        }
        let counts = said(counted)
        guard !counts.isEmpty else { return StyledLine(0, .plain, renderer.text(StatusPrompt.totalsEmpty)) }
        let text = renderer.text(StatusPrompt.totals, [
            "counts": counts, "due": said([(summary.due, .totalDue), (summary.stale, .totalStale)]),
        ])
        let tone: StyledLine.Tone =
            summary.atRisk > 0 ? .bad
            : summary.behind > 0 || summary.due > 0 ? .warning
            : summary.onTrack + summary.achieved > 0 ? .good : .plain
        return StyledLine(0, tone, text)
    }
}
