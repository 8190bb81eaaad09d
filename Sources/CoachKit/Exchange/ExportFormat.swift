import Foundation
import OKRKit

/// What a session can be exported as: the one list `okr-coach export --format` and `/export` offer.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// An outline `okr-coach import` and `okr-coach check` read back (`OutlineWriter`).
    case markdown
    /// One row per key result for a spreadsheet (`SessionCSV`).
    case csv
    /// The printable handout, one self-contained page (`HandoutHTML`).
    case html
    /// The session file's own bytes: a valid session.
    case json

    /// The extension of a file in this format.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .csv: "csv"
        case .html: "html"
        case .json: "json"
        }
    }

    /// The formats as the help lists them: "markdown, csv, html or json".
    public static var listed: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// `session` in this format; progress is computed on `today`, parents are named from `index`, the handout's
    /// words and templates come from `book`.
    public func render(_ session: Session, today: CalendarDay, index: AlignmentIndex, book: PromptBook) throws -> Data {
        switch self {
        case .markdown: Data(OutlineWriter.write(session, index: index).utf8)
        case .csv: Data(SessionCSV.document(session, today: today, index: index).utf8)
        case .html:
            Data(try HandoutHTML.render(
                sessions: [session], index: index, today: today, book: book).utf8)
        case .json: try SessionCoding.encode(session)
        }
    }
}
