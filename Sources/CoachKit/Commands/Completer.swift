/// Tab completion from the command table: command names after "/", then each command's own arguments.
///
/// A value (not the coach itself), so the line editor's callback can hold it safely between lines.
public struct Completer: Sendable {
    let store: SessionStore
    /// The open session's references ("O1", "O1.KR2"), when one is open.
    let references: [String]
    /// The `/learn` topics.
    let lessons: [String]
    /// KPI ids and names, for `/kpis`.
    let kpis: KPINames

    /// Whole-line candidates for what has been typed so far.
    public func candidates(for line: String) -> [String] {
        guard line.hasPrefix("/") else { return [] }
        let body = line.dropFirst()
        guard let space = body.firstIndex(where: \.isWhitespace) else {
            let typed = body.lowercased()
            return CommandTable.all.map(\.name).filter { $0.hasPrefix(typed) }.map { "/\($0)" }
        }
        guard let command = CommandTable.find(String(body[..<space])) else { return [] }
        let head = "/" + body[..<space] + " "
        let typed = body[space...].drop(while: \.isWhitespace).lowercased()
        let arguments: [String]
        switch command.completion {
        case .nothing: arguments = []
        case .commandNames: arguments = CommandTable.all.map(\.name)
        case .sessionNames: arguments = store.names().map(\.value)
        case .references: arguments = references
        case .referencesAndSessions: arguments = references + store.names().map(\.value)
        case .lessons: arguments = lessons
        case .kpis: arguments = kpis.all
        }
        return arguments.filter { $0.lowercased().hasPrefix(typed) }.map { head + $0 }
    }
}
