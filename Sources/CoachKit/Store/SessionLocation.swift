import Foundation

/// Where a session named on the command line lives: a saved session's name ("team-q1"), or the path of a session
/// file ("./team-q1.json", "backups/team.json"), read and saved through a store over the file's folder, so its
/// lock and backup sit beside it as they do in the data directory.
public struct SessionLocation: Sendable {
    /// The store over the session's folder: the data directory's `sessions/`, or the file's own folder.
    public var store: SessionStore
    /// The session's name, from its file name.
    public var name: SessionName

    /// Why an argument names no session.
    public enum Problem: Error, Equatable {
        case store(StoreError)
        /// A path whose file name does not end in `.json`.
        case notASessionFile(path: String)
    }

    /// Reads `argument`: a path when it holds a "/" or ends in ".json", else a session name in `directory`.
    public static func resolve(_ argument: String, in directory: DataDirectory) throws(Problem) -> SessionLocation {
        guard argument.contains("/") || argument.hasSuffix(".json") else {
            do { return SessionLocation(store: SessionStore(directory: directory), name: try SessionName(argument)) } catch {
                throw .store(.invalidName(argument, error))
            }
        }
        let file = URL(fileURLWithPath: argument).standardizedFileURL
        let base = file.lastPathComponent
        guard base.hasSuffix(".json"), base.count > ".json".count else { throw .notASessionFile(path: argument) }
        let spelled = String(base.dropLast(".json".count))
        let name: SessionName
        do { name = try SessionName(spelled) } catch { throw .store(.invalidName(spelled, error)) }
        guard name.spells(spelled) else { throw .store(.nonCanonicalName(file: file.path)) }
        let store = SessionStore(directory: DataDirectory(sessionsFolder: file.deletingLastPathComponent()))
        return SessionLocation(store: store, name: name)
    }
}
