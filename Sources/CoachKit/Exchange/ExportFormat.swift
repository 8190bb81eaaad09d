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
    public func render(_ session: Session, today: CalendarDay, index: AlignmentIndex?, book: PromptBook) throws -> Data {
        switch self {
        case .markdown: Data(OutlineWriter.write(session, index: index).utf8)
        case .csv: Data(SessionCSV.document(session, today: today, index: index).utf8)
        case .html:
            Data(try HandoutHTML.render(
                sessions: [session], index: index ?? AlignmentIndex([session]), today: today, book: book).utf8)
        case .json: try SessionCoding.encode(session)
        }
    }

    /// `session` with the sessions its objectives align to, to name its parents; `nil` when it aligns to none.
    /// Each parent session is found by the name its link keeps (else by its id), not by reading every session.
    public static func alignmentIndex(for session: Session, store: SessionStore) -> AlignmentIndex? {
        let links = session.objectives.compactMap(\.parent)
        guard !links.isEmpty else { return nil }
        var parents: [UUID: Session] = [:]
        for link in links where link.sessionID != session.id && parents[link.sessionID] == nil {
            parents[link.sessionID] = store.session(for: link)
        }
        return AlignmentIndex([session] + parents.values.sorted { $0.name < $1.name })
    }
}
