import Foundation

/// Where okr-coach keeps its files: sessions, history, the company KPI catalog.
///
/// `$OKR_COACH_HOME`, else `$XDG_DATA_HOME/okr-coach`, else `~/.local/share/okr-coach`.
public struct DataDirectory: Sendable, Equatable {
    public let url: URL
    /// `sessions/`, one JSON file per session.
    public let sessions: URL

    public init(url: URL) {
        self.url = url
        sessions = url.appendingPathComponent("sessions", isDirectory: true)
    }

    /// A data directory whose sessions are the files of `folder`, for a session file named by its path.
    public init(sessionsFolder folder: URL) {
        url = folder.deletingLastPathComponent()
        sessions = folder
    }

    /// Resolves the directory from an environment (usually `ProcessInfo.processInfo.environment`).
    public static func resolve(environment: [String: String]) -> DataDirectory {
        func nonEmpty(_ key: String) -> String? { environment[key].flatMap { $0.isEmpty ? nil : $0 } }
        if let home = nonEmpty("OKR_COACH_HOME") {
            return DataDirectory(url: URL(fileURLWithPath: home, isDirectory: true))
        }
        if let xdg = nonEmpty("XDG_DATA_HOME") {
            return DataDirectory(url: URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("okr-coach"))
        }
        let home = nonEmpty("HOME") ?? NSHomeDirectory()
        return DataDirectory(url: URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/okr-coach"))
    }

    /// The line-editing history.
    public var history: URL { url.appendingPathComponent("history") }
    /// A company's own KPI catalog, merged over the built-in one.
    public var companyCatalog: URL { url.appendingPathComponent("kpis.yaml") }
}
