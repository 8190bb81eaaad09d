import OKRKit

/// `okr-coach status --format markdown`: a heading per session and a table per objective, for a wiki page or a
/// pull request; the totals under each session.
public enum StatusMarkdown {
    /// The sessions' tables, one after another, each ended by a blank line.
    public static func document(_ statuses: [SessionStatus], book: PromptBook) -> String {
        var renderer = PromptRenderer(book: book)
        var lines: [String] = []
        for status in statuses {
            let report = status.report
            lines.append(renderer.text(StatusPrompt.markdownSession, [
                "session": cell(status.name), "cycle": status.cycle?.label ?? "", "today": report.today.description,
            ]))
            lines.append("")
            for (o, objective) in report.objectives.enumerated() {
                lines.append(renderer.text(StatusPrompt.markdownObjective, [
                    "ref": Reference.objective(o).description, "text": cell(objective.objective.text),
                    "kind": objective.objective.kind.rawValue,
                ]))
                lines.append("")
                let header = renderer.text(StatusPrompt.markdownHeader)
                lines.append(header)
                lines.append("|" + String(repeating: " --- |", count: max(1, header.filter { $0 == "|" }.count - 1)))
                for (k, progress) in objective.keyResults.enumerated() {
                    let card = StatusCard.KeyResultCard(
                        ref: Reference.keyResult(o, k).description, keyResult: objective.objective.keyResults[k],
                        kind: objective.objective.kind, progress: progress, today: report.today)
                    lines.append("| " + row(card, &renderer).map(cell).joined(separator: " | ") + " |")
                }
                lines.append("")
            }
            let totals = StatusCard.totals(report.summary, renderer: &renderer).text
            lines.append(renderer.text(StatusPrompt.markdownTotals, ["totals": totals]))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Key result, progress, plan by now, value, status, confidence, forecast, due.
    private static func row(_ card: StatusCard.KeyResultCard, _ renderer: inout PromptRenderer) -> [String] {
        let progress = card.progress
        let name = card.ref + " " + card.keyResult.text
        let plan: KeyResultPlan
        switch progress.plan {
        case .success(let found): plan = found
        case .failure(let problem):
            let why = StatusCard.KeyResultCard.untracked(problem, ref: card.ref, renderer: &renderer)
            return [name, "", "", "", why, "", "", ""]
        }
        let confidence = progress.confidence.map { confidence in
            progress.confidenceChange.map { change in
                "\(PlainNumber.text(confidence - change)) → \(PlainNumber.text(confidence)) \(StatusFigures.arrow(change))"
            } ?? PlainNumber.text(confidence)
        } ?? ""
        let due =
            progress.due
            ? progress.checkIns.last.map { renderer.text(StatusPrompt.due, ["last": $0.date.description]) }
                ?? renderer.text(StatusPrompt.dueNever)
            : ""
        return [
            name, TrackingWords.percent(progress.progress), progress.expected.map(TrackingWords.percent) ?? "",
            card.value(plan, &renderer), renderer.text(StatusPrompt(progress.status)), confidence,
            progress.forecast.map { TrackingWords.percent($0.atEnd) } ?? "", due,
        ]
    }

    /// Text made safe for a table cell: pipes escaped, line breaks as spaces.
    private static func cell(_ text: String) -> String {
        var safe = ""
        for character in text {
            if character == "|" {
                safe += "\\|"
            } else if character.isNewline {
                safe += " "
            } else {
                safe.append(character)
            }
        }
        return safe
    }
}
