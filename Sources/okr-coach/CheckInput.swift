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

    /// Reads a path ("-" for standard input); prints what is wrong and exits 2 when it cannot be used.
    static func load(path: String, book: PromptBook) throws -> CheckInput {
        let name = TextInput.name(of: path)
        let data: Data, text: String
        switch TextInput.data(path: path, book: book).flatMap({ data in TextInput.text(data, file: name, book: book).map { (data, $0) } }) {
        case .success(let read): (data, text) = read
        case .failure(let failure):
            Terminal.printError("okr-coach: " + failure.message)
            throw ExitCode(2)
        }
        if text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) == "{" {
            return try session(data, file: name, book: book, folder: path == "-" ? nil : URL(fileURLWithPath: path).deletingLastPathComponent())
        }
        let outline = OutlineParser.parse(text)
        for diagnostic in outline.diagnostics { Terminal.printError("okr-coach: " + book.describe(diagnostic, file: name)) }
        if outline.hasErrors { throw ExitCode(2) }
        return CheckInput(
            objectives: outline.objectives, cycle: outline.cycle, source: CheckSource(file: name, outline: outline))
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
}
