import OKRKit

/// `okr-coach export --format csv`: one row per key result of a session (and one for an objective without any), for
/// a spreadsheet, as RFC 4180 writes it. `import` reads it back, recognising it by its header row.
///
/// A text cell a spreadsheet would run as a formula is guarded with a leading "'" (`CSVCells.neutralised`); the
/// numeric columns hold plain numbers ("-5" stays a number).
public enum SessionCSV {
    /// The header row.
    public static let columns = [
        "session", "team", "cycle", "objective ref", "objective", "kind", "owner", "key result ref", "key result",
        "measure", "metric", "baseline", "target", "unit", "deadline", "confidence", "current", "progress", "status",
        "score", "KPIs", "parent",
    ]

    /// The columns of plain numbers, which are never guarded.
    static let numericColumns: Set<String> = ["baseline", "target", "confidence", "current", "progress", "score"]

    /// The header and the rows, each ended by CRLF. `owner` is the key result's owner, else its objective's;
    /// current, progress, status and score are computed on `today`; `index` names aligned objectives' parents.
    public static func document(_ session: Session, today: CalendarDay, index: AlignmentIndex? = nil) -> String {
        let report = SessionStatus(session, today: today).report
        var rows = [columns]
        for (o, objective) in session.objectives.enumerated() {
            let head = [
                session.name, session.team ?? "", session.cycle?.label ?? "", Reference.objective(o).description,
                objective.text, objective.kind.rawValue,
            ]
            let parent = objective.parent.map { ParentLabel.text($0, in: index) } ?? ""
            guard !objective.keyResults.isEmpty else {
                rows.append(head + [objective.owner ?? ""] + Array(repeating: "", count: columns.count - head.count - 2) + [parent])
                continue
            }
            for (k, keyResult) in objective.keyResults.enumerated() {
                let progress = report.objectives[o].keyResults[k]
                let reading = KeyResultReader.read(keyResult.text)
                let plan = try? progress.plan.get()
                rows.append(head + [
                    objective.owner(of: keyResult) ?? "", Reference.keyResult(o, k).description, keyResult.text,
                    StatusMeasure.of(keyResult, progress).rawValue, reading.metric ?? "",
                    CSVCells.number(plan?.baseline ?? StatusMeasure.stuck(progress)),
                    CSVCells.number(plan?.target ?? StatusMeasure.stuck(progress)), plan?.unit ?? reading.unit ?? "",
                    reading.deadline ?? "", CSVCells.number(keyResult.confidence), CSVCells.number(progress.current),
                    CSVCells.number(progress.progress), progress.status.rawValue, CSVCells.number(progress.finalScore),
                    keyResult.kpis.joined(separator: ", "), parent,
                ])
            }
        }
        let numeric = columns.map(numericColumns.contains)
        return CSVCells.document(rows.enumerated().map { r, row in
            row.enumerated().map { c, cell in r == 0 || numeric[c] ? CSVCells.quoted(cell) : CSVCells.text(cell) }
        })
    }
}
