import OKRKit

/// Tab completion from the command table: command names after "/", then each command's own arguments.
///
/// A value (not the coach itself), so the line editor's callback can hold it safely between lines.
public struct Completer: Sendable {
    let store: SessionStore
    /// The open session's references ("O1", "O1.KR2"), when one is open.
    let references: [String]
    /// The `/learn` topics.
    let lessons: [String]
    /// The practice course's topics, for `/practice`.
    let practiceTopics: [String]
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
        let typedAsIs = body[space...].drop(while: \.isWhitespace)
        let typed = typedAsIs.lowercased()
        let arguments: [String]
        switch command.completion {
        case .nothing: arguments = []
        case .commandNames: arguments = CommandTable.all.map(\.name)
        case .sessionNames: arguments = store.names().map(\.value)
        case .references: arguments = references
        case .referencesAndSessions: arguments = references + store.names().map(\.value)
        case .alignment: arguments = alignmentArguments(String(typedAsIs))
        case .lessons: arguments = lessons
        case .practiceTopics: arguments = practiceTopics
        case .kpis: arguments = kpis.all
        }
        return arguments.filter { $0.lowercased().hasPrefix(typed) }.map { head + $0 }
    }

    /// `/align`'s arguments, whole: the open set's objectives, then after one of them each session as "SESSION:",
    /// then after "SESSION:" that session's references.
    private func alignmentArguments(_ typed: String) -> [String] {
        let objectives = references.filter { !$0.contains(".") }
        guard let space = typed.firstIndex(where: \.isWhitespace) else { return objectives }
        let head = typed[..<space] + " "
        let parent = typed[space...].drop(while: \.isWhitespace)
        guard let colon = parent.lastIndex(of: ":") else { return store.names().map { head + $0.value + ":" } }
        guard let name = try? SessionName(String(parent[..<colon])), let session = try? store.load(name) else { return [] }
        return Reference.all(in: session.objectives).map { head + name.value + ":" + $0.description }
    }
}
