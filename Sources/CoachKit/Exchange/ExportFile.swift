import Foundation

/// Writes an export to a file the person named, atomically, and never as a session file: no ".json" file (a session,
/// its backup, its format copies) in a sessions folder is written over or created by mistake.
public enum ExportFile {
    /// Why an export was not written, in the coach's words.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Writes `data` to `path` (relative to the current directory) and returns the absolute path written; refuses
    /// a directory, and a name holding ".json" in any of the `sessions` folders (the data directory's, the exported
    /// session file's own).
    public static func write(_ data: Data, to path: String, sessions: [URL], book: PromptBook) throws(Failure) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Failure(message: book.text(ExchangePrompt.isDirectory, ["path": path]))
        }
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        if url.lastPathComponent.lowercased().contains(".json"),
            sessions.contains(where: { $0.standardizedFileURL.resolvingSymlinksInPath().path == folder })
        {
            throw Failure(message: book.text(ExchangePrompt.intoSessions, ["path": path]))
        }
        do {
            try AtomicFile().write(data, to: url, permissions: 0o644)
        } catch let error as AtomicFile.WriteError {
            throw Failure(message: book.text(ExchangePrompt.writeFailed, ["path": path, "reason": error.reason]))
        } catch {
            throw Failure(message: book.text(ExchangePrompt.writeFailed, ["path": path, "reason": "\(error)"]))
        }
        return url.path
    }
}
