import CoachKit
import Foundation

/// `/editor`: writes the answer in `$VISUAL` or `$EDITOR`, for long or carefully worded text.
enum ExternalEditor {
    /// What the shell running the editor exits with when the command is not found, or found but not executable.
    private static let shellNotFound: Int32 = 127, shellNotExecutable: Int32 = 126

    /// Opens the editor on a temporary file holding a hint and returns what was written, lines joined into one
    /// answer (lines starting with # are notes and dropped), or why there is no answer.
    static func edit(environment: [String: String]) -> EditorResult {
        guard let command = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty })
        else { return .notSet }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("okr-coach-\(getpid()).txt")
        let hint = "# Write your answer below. Lines starting with # are ignored; save and quit to send it.\n"
        guard FileManager.default.createFile(atPath: file.path, contents: Data(hint.utf8), attributes: [.posixPermissions: 0o600])
        else { return .couldNotRun(command: command, reason: "its file \(file.path) could not be created") }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) \"$1\"", "okr-coach-editor", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return .couldNotRun(command: command, reason: FileErrorReason.of(error))
        }
        switch process.terminationStatus {
        case 0: break
        case shellNotFound: return .couldNotRun(command: command, reason: "command not found")
        case shellNotExecutable: return .couldNotRun(command: command, reason: "not executable")
        case let status: return .failed(command: command, status: status)
        }
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            return .couldNotRun(command: command, reason: "its file could not be read back as UTF-8 text")
        }
        return .text(text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " "))
    }
}
