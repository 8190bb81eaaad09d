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
                        status.name, status.cycle?.label ?? "", report.today.description,
                        Reference.objective(o).description, objective.objective.text, objective.objective.kind.rawValue,
                        Reference.keyResult(o, k).description, keyResult.text,
                        StatusMeasure.of(keyResult, progress).rawValue,
                        number(plan?.baseline ?? StatusMeasure.stuck(progress)),
                        number(plan?.target ?? StatusMeasure.stuck(progress)), number(progress.current),
                        number(progress.rawProgress), number(progress.progress), number(progress.expected),
                        progress.status.rawValue, number(progress.confidence), number(progress.confidenceChange),
                        String(progress.divergent), String(progress.due), String(progress.stale),
                        number(progress.forecast?.atEnd), String(progress.trendingOff), number(progress.score),
                        number(progress.givenScore?.score), String(progress.checkIns.count),
                        progress.checkIns.last?.date.description ?? "", keyResult.owner ?? objective.objective.owner ?? "",
                    ])
                }
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A number in full as JSON writes it ("250000", "0.5"); empty when absent.
    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A field quoted when it holds a comma, a quote or a line break, its quotes doubled.
    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
