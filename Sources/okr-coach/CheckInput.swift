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
            return try session(data, file: name, book: book)
        }
        let outline = OutlineParser.parse(text)
        for diagnostic in outline.diagnostics { Terminal.printError("okr-coach: " + book.describe(diagnostic, file: name)) }
        if outline.hasErrors { throw ExitCode(2) }
        return CheckInput(
            objectives: outline.objectives, cycle: outline.cycle, source: CheckSource(file: name, outline: outline))
    }

    private static func session(_ data: Data, file: String, book: PromptBook) throws -> CheckInput {
        do {
            let session = try SessionCoding.decode(data, file: file, onAllCores: true)
            return CheckInput(objectives: session.objectives, cycle: session.cycle, source: nil)
        } catch {
            Terminal.printError("okr-coach: " + book.describe(error))
            throw ExitCode(2)
        }
    }
}
