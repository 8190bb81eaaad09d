import Foundation
import OKRKit

/// `okr-coach status --format csv`: one row per key result of every session, for a spreadsheet. The columns are
/// the JSON's key-result fields (and where the row belongs); numbers in full, empty for what does not apply.
public enum StatusCSV {
    /// The header row: where the row belongs, then the JSON's key-result fields, the number of check-ins, the
    /// last one's day, and the key result's owner (else its objective's).
    public static let columns = [
        "session", "cycle", "today", "objective", "objectiveText", "kind", "ref", "text", "measure", "baseline", "target",
        "current", "rawProgress", "progress", "expected", "status", "confidence", "confidenceChange", "divergent", "due",
        "stale", "forecast", "trendingOff", "score", "givenScore", "checkIns", "lastCheckIn", "owner",
    ]

    /// The header and the rows, each ended by CRLF as RFC 4180 writes them.
    public static func document(_ statuses: [SessionStatus]) -> String {
        var rows = [columns]
        for status in statuses {
            let report = status.report
            for (o, objective) in report.objectives.enumerated() {
                for (k, progress) in objective.keyResults.enumerated() {
                    let keyResult = objective.objective.keyResults[k]
                    let plan = try? progress.plan.get()
                    rows.append([
                        CSVCells.neutralised(status.name), CSVCells.neutralised(status.cycle?.label ?? ""),
                        report.today.description, Reference.objective(o).description,
                        CSVCells.neutralised(objective.objective.text), objective.objective.kind.rawValue,
                        Reference.keyResult(o, k).description, CSVCells.neutralised(keyResult.text),
                        StatusMeasure.of(keyResult, progress).rawValue,
                        CSVCells.number(plan?.baseline ?? StatusMeasure.stuck(progress)),
                        CSVCells.number(plan?.target ?? StatusMeasure.stuck(progress)), CSVCells.number(progress.current),
                        CSVCells.number(progress.rawProgress), CSVCells.number(progress.progress), CSVCells.number(progress.expected),
                        progress.status.rawValue, CSVCells.number(progress.confidence), CSVCells.number(progress.confidenceChange),
                        String(progress.divergent), String(progress.due), String(progress.stale),
                        CSVCells.number(progress.forecast?.atEnd), String(progress.trendingOff), CSVCells.number(progress.score),
                        CSVCells.number(progress.givenScore?.score), String(progress.checkIns.count),
                        progress.checkIns.last?.date.description ?? "", CSVCells.neutralised(objective.objective.owner(of: keyResult) ?? ""),
                    ])
                }
            }
        }
        return CSVCells.document(rows.map { $0.map(CSVCells.quoted) })
    }
}
