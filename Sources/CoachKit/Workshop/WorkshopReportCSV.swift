import OKRKit

/// `okr-coach report --format csv`: one row per key result of every session read, for a spreadsheet. The columns
/// of the session export first, then what the report adds; text a person wrote that starts like a formula gets a
/// leading `'`.
public enum WorkshopReportCSV {
    /// The header row: the session export's columns, then the objective's alignment, the session's strength, the
    /// key result's finding counts, its most severe finding and that finding's fix, whether a check-in is due and
    /// the last check-in's day.
    public static let columns = [
        "session", "team", "cycle", "objective ref", "objective", "kind", "owner", "key result ref", "key result",
        "measure", "metric", "baseline", "target", "unit", "deadline", "confidence", "current", "progress", "status",
        "score", "KPIs", "parent", "alignment", "strength", "errors", "warnings", "hints", "worst finding", "fix", "due",
        "last check-in",
    ]

    /// The header and the rows, each ended by CRLF as RFC 4180 writes them; many sessions' rows are written on all
    /// cores, in order.
    public static func document(_ report: WorkshopReport) -> String {
        let teams = report.teams
        let body = ChunkedMap.map(teams.count) { range in
            CSVCells.document(range.flatMap { rows(of: teams[$0], in: report) })
        }
        return CSVCells.document([columns.map(CSVCells.quoted)]) + body.joined()
    }

    /// One row per key result of a team's session.
    private static func rows(of team: WorkshopTeam, in report: WorkshopReport) -> [[String]] {
        var rows: [[String]] = []
        let session = team.session
        for objective in team.objectives {
            for entry in objective.keyResults {
                let progress = entry.progress
                let plan = entry.plan
                let checkedIn = !progress.checkIns.isEmpty
                let worst = entry.worst
                let text = [
                    session.name, session.team ?? "", session.cycle?.label ?? "", objective.ref, objective.objective.text,
                    objective.objective.kind.rawValue, entry.owner ?? "", entry.ref, entry.keyResult.text,
                    StatusMeasure.of(entry.keyResult, progress).rawValue, entry.reading.metric ?? "",
                ].map(CSVCells.text)
                let figures = [
                    CSVCells.number(plan?.baseline), CSVCells.number(plan?.target),
                    CSVCells.text(plan?.unit ?? entry.reading.unit ?? ""), CSVCells.text(entry.reading.deadline ?? ""),
                    CSVCells.number(progress.confidence), CSVCells.number(progress.current),
                    checkedIn ? CSVCells.number(progress.progress) : "", progress.status.rawValue,
                    team.scored ? CSVCells.number(progress.finalScore) : "",
                    CSVCells.text(entry.keyResult.kpis.joined(separator: ";")),
                ]
                let added = [
                    CSVCells.text(parent(objective.link, in: report)), objective.link.word, String(team.check.strength),
                    String(entry.count(.error)), String(entry.count(.warning)), String(entry.count(.hint)),
                    CSVCells.text(worst?.message ?? ""), CSVCells.text(worst?.fix ?? ""), String(progress.due),
                    progress.checkIns.last?.date.description ?? "",
                ]
                rows.append(text + figures + added)
            }
        }
        return rows
    }

    /// "company-q1 O1.KR2": the session and reference of what an objective supports; for a missing parent, the
    /// session its link names; empty when it aligns to nothing.
    static func parent(_ link: WorkshopLink, in report: WorkshopReport) -> String {
        switch link {
        case .company, .orphan: return ""
        case .parentMissing(let session): return session
        case .aligned(let place):
            let name = report.name(of: place)
            return name.session + " " + name.ref
        }
    }
}
