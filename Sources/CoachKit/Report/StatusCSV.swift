import Foundation
import OKRKit

/// `okr-coach status --format csv`: one row per key result of every session, for a spreadsheet. The columns are
/// the JSON's key-result fields (and where the row belongs); numbers in full, empty for what does not apply.
public enum StatusCSV {
    /// The header row: where the row belongs, then the JSON's key-result fields, the number of check-ins and the
    /// last one's day.
    public static let columns = [
        "session", "cycle", "today", "objective", "objectiveText", "kind", "ref", "text", "measure", "baseline", "target",
        "current", "rawProgress", "progress", "expected", "status", "confidence", "confidenceChange", "divergent", "due",
        "stale", "forecast", "trendingOff", "score", "givenScore", "checkIns", "lastCheckIn",
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
                        status.name, status.cycle?.label ?? "", report.today.description,
                        Reference.objective(o).description, objective.objective.text, objective.objective.kind.rawValue,
                        Reference.keyResult(o, k).description, keyResult.text,
                        StatusMeasure.of(keyResult, progress).rawValue,
                        CSVText.number(plan?.baseline ?? StatusMeasure.stuck(progress)),
                        CSVText.number(plan?.target ?? StatusMeasure.stuck(progress)), CSVText.number(progress.current),
                        CSVText.number(progress.rawProgress), CSVText.number(progress.progress), CSVText.number(progress.expected),
                        progress.status.rawValue, CSVText.number(progress.confidence), CSVText.number(progress.confidenceChange),
                        String(progress.divergent), String(progress.due), String(progress.stale),
                        CSVText.number(progress.forecast?.atEnd), String(progress.trendingOff), CSVText.number(progress.score),
                        CSVText.number(progress.givenScore?.score), String(progress.checkIns.count),
                        progress.checkIns.last?.date.description ?? "",
                    ])
                }
            }
        }
        return CSVText.document(rows.map { $0.map(CSVText.field) })
    }
}
