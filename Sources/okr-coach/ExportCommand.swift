import ArgumentParser
import CoachKit
import Foundation
import LineEditing
import OKRKit

extension ExportFormat: ExpressibleByArgument {}

/// `okr-coach export SESSION`: a session as a Markdown outline, a CSV for a spreadsheet, or its JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a session as a Markdown outline, a CSV (one row per key result), the HTML handout or its JSON.",
        discussion: """
            SESSION is a saved session's name or the path of a session file. Writes to standard output, or to \
            FILE with -o (atomically; never a .json file in the sessions folder). The Markdown is an outline okr-coach import \
            and okr-coach check read back. Exits 0, or 2 when the session, a date or FILE cannot be used.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A saved session's name or a session file.", valueName: "session"),
        completion: .sessionNames)
    var session: String

    @Option(help: ArgumentHelp("The format.", valueName: ExportFormat.allCases.map(\.rawValue).joined(separator: "|")))
    var format: ExportFormat = .markdown

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write.", valueName: "file"),
        completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("The day the CSV's progress is computed for (default: today).", valueName: "YYYY-MM-DD"))
    var today: String?

    func run() throws {
        let book = try global.promptBook()
        let day = try SessionArgument.day(today, option: "--today", book: book)
        let location = try SessionArgument.location(of: session, in: SessionArgument.dataDirectory(), book: book).mapError { SessionArgument.fail($0.message) }.get()
        let loaded = try Result { () throws(StoreError) in try location.store.load(location.name) }
            .mapError { SessionArgument.fail(book.describe($0)) }.get()
        // Parents are looked for beside the session: in its folder, the data directory's for a name.
        let index = location.store.alignmentIndex(for: loaded)
        let data: Data
        do { data = try format.render(loaded, today: day, index: index, book: book) } catch {
            throw SessionArgument.fail(book.text(ExchangePrompt.writeFailed, ["path": output ?? "-", "reason": "\(error)"]))
        }
        guard let output else {
            StandardOutput.write([UInt8](data))
            return
        }
        do {
            let path = try ExportFile.write(
                data, to: output, sessions: [dataDirectory.sessions, location.store.directory.sessions], book: book)
            StandardOutput.write(book.text(ExchangePrompt.exported, [
                "session": loaded.name, "format": format.rawValue, "path": path,
            ]) + "\n")
        } catch {
            throw SessionArgument.fail(error.message)
        }
    }

    private var dataDirectory: DataDirectory { DataDirectory.resolve(environment: ProcessInfo.processInfo.environment) }
}
