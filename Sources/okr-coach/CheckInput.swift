import ArgumentParser
import CoachKit
import Foundation
import OKRKit

/// What `okr-coach check` reads: objectives and an optional cycle, from an outline, a session file or stdin.
struct CheckInput {
    var objectives: [Objective]
    var cycle: Cycle?
    /// Where an outline wrote each objective and key result; `nil` for a session file.
    var source: CheckSource?
    /// What a session's aligned objectives support, found among the sessions beside its file.
    var parents: [UUID: ParentLink] = [:]

    /// The largest input read, in bytes: far beyond any set of OKRs (a session holds at most 16 MB), and a bound
    /// on memory when the input never ends (`okr-coach check - < /dev/zero`).
    static let sizeLimit = 64 * 1024 * 1024

    /// Reads a path ("-" for standard input); prints what is wrong and exits 2 when it cannot be used.
    static func load(path: String, book: PromptBook) throws -> CheckInput {
        let name = path == "-" ? "<stdin>" : path
        func fail(_ key: CheckReportPrompt, _ values: [String: String]) -> ExitCode {
            Terminal.printError("okr-coach: " + book.text(key, values))
            return ExitCode(2)
        }
        let data: Data
        do {
            data = try readAtMostLimit(path == "-" ? FileHandle.standardInput : FileHandle(forReadingFrom: URL(fileURLWithPath: path)))
        } catch {
            throw fail(.unreadable, ["file": name, "problem": reason(error, path: path)])
        }
        guard data.count <= sizeLimit else {
            throw fail(.tooLarge, ["file": name, "limit": String(sizeLimit / (1024 * 1024))])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw fail(.notText, ["file": name, "line": String(firstLineThatIsNotText(data))])
        }
        if text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) == "{" {
            return try session(data, file: name, book: book, folder: path == "-" ? nil : URL(fileURLWithPath: path).deletingLastPathComponent())
        }
        let outline = OutlineParser.parse(text)
        for diagnostic in outline.diagnostics {
            Terminal.printError("okr-coach: " + diagnostic.severity.rawValue + ": " + book.text(CheckReportPrompt(diagnostic.problem), [
                "file": name, "line": String(diagnostic.line), "text": diagnostic.text,
            ]))
        }
        if outline.hasErrors { throw ExitCode(2) }
        return CheckInput(
            objectives: outline.objectives, cycle: outline.cycle, source: CheckSource(file: name, outline: outline))
    }

    /// Reads `handle` to its end or to one byte past `sizeLimit`, whichever comes first.
    private static func readAtMostLimit(_ handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count <= sizeLimit, let chunk = try handle.read(upToCount: min(1024 * 1024, sizeLimit + 1 - data.count)),
            !chunk.isEmpty
        {
            data.append(chunk)
        }
        return data
    }

    /// A session file's set; `folder` holds the sessions its aligned objectives may point into.
    private static func session(_ data: Data, file: String, book: PromptBook, folder: URL?) throws -> CheckInput {
        do {
            let session = try SessionCoding.decode(data, file: file, onAllCores: true)
            let parents = folder.map { SessionStore(directory: DataDirectory(sessionsFolder: $0)).parents(of: session) } ?? [:]
            return CheckInput(objectives: session.objectives, cycle: session.cycle, source: nil, parents: parents)
        } catch {
            Terminal.printError("okr-coach: " + book.describe(error))
            throw ExitCode(2)
        }
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8 (the file is known to hold one).
    private static func firstLineThatIsNotText(_ data: Data) -> Int {
        var line = 1
        for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }

    /// Why a file could not be read, in plain words.
    private static func reason(_ error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return FileErrorReason.of(error)
    }
}
