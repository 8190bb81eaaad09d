import Foundation

/// `/editor`: writes the answer in `$VISUAL` or `$EDITOR`, for long or carefully worded text.
enum ExternalEditor {
    /// Opens the editor on an empty temporary file and returns what was written, lines joined into one answer
    /// (lines starting with # are notes and dropped); `nil` when no editor is set or it failed.
    static func edit(environment: [String: String]) -> String? {
        guard let command = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty })
        else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("okr-coach-\(getpid()).txt")
        let hint = "# Write your answer below. Lines starting with # are ignored; save and quit to send it.\n"
        guard FileManager.default.createFile(atPath: file.path, contents: Data(hint.utf8), attributes: [.posixPermissions: 0o600])
        else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) \"$1\"", "okr-coach-editor", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        guard process.terminationStatus == 0, let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
