import ArgumentParser
import CoachKit
import Foundation
import LineEditing
import OKRKit

/// `okr-coach import FILE --session NAME`: a new session from an outline or from okr-coach's own CSV export.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a session from an outline (what check reads) or from okr-coach's CSV export.",
        discussion: """
            FILE is an outline (Markdown or plain text, owners as "(owner: Ana)" or "@Ana"), a CSV written by \
            okr-coach export --format csv, or - for standard input. Shows what it read and the check's findings, \
            then saves the new session. Never writes over a session: to add to one, open it in okr-coach chat and \
            type /import FILE. Exits 0 when the session is created, 2 when nothing was (a session of that name \
            exists, or the file cannot be read or has errors).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("An outline, a CSV export, or - for standard input.", valueName: "file"),
        completion: .file())
    var file: String

    @Option(help: ArgumentHelp("The name of the new session.", valueName: "name"))
    var session: String

    @Option(help: ArgumentHelp("The team (overrides the file's Team: line).", valueName: "team"))
    var team: String?

    @Option(help: ArgumentHelp("The cycle (overrides the file's Cycle: line): 2027-Q1, 2027-H2, 2027.", valueName: "cycle"))
    var cycle: String?

    func run() throws {
        let book = try global.promptBook()
        let store = SessionStore(directory: DataDirectory.resolve(environment: ProcessInfo.processInfo.environment))
        let name: SessionName
        do { name = try SessionName(session) } catch { throw SessionArgument.fail(book.describe(.invalidName(session, error))) }
        let cycleOverride = try cycle.map { text in
            guard let parsed = Cycle.read(text) else { throw SessionArgument.fail(book.text(ExchangePrompt.badCycle, ["cycle": text])) }
            return parsed
        }
        let refusal = book.text(ExchangePrompt.sessionExists, ["session": name.value, "file": file])
        guard !store.exists(name) else { throw SessionArgument.fail(refusal) }
        let imported = try TextInput.read(path: file, book: book)
            .mapError { SessionArgument.fail($0.message) }.get()
        let set: ImportedSet
        switch ImportedSet.read(imported, file: TextInput.name(of: file), book: book) {
        case .success(let read): set = read
        case .failure(let failure):
            for message in failure.messages { Terminal.printError("okr-coach: " + message) }
            throw ExitCode(2)
        }
        for warning in set.warnings { Terminal.printError("okr-coach: " + warning) }
        let cycle = cycleOverride ?? set.cycle
        Terminal.applyColor(global.colorEnabled)
        let run = CheckRun(set.objectives, cycle: cycle, book: book, source: set.source)
        CheckPrinter(colored: global.colorEnabled, width: Terminal.wrapWidth).print(run.text(book: book))
        let created = Session(name: name.value, createdAt: Date(), team: team ?? set.team, cycle: cycle, objectives: set.objectives)
        do { try store.saveNew(created, as: name) } catch {
            if case .alreadyExists = error { throw SessionArgument.fail(refusal) }
            throw SessionArgument.fail(book.describe(error))
        }
        StandardOutput.write(book.text(ExchangePrompt.created, [
            "session": name.value, "path": store.url(for: name).path,
            "objectives": book.count(set.objectives.count, .objective), "keyResults": book.count(set.keyResultCount, .keyResult),
        ]) + "\n")
    }
}
