import ArgumentParser
import CoachKit
import Foundation
import LineEditing

/// The interactive coach (the default subcommand): read a line, let the coach answer, print, repeat.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Open the coach (the default when no subcommand is given).")

    @OptionGroup var global: GlobalOptions

    @Option(name: [.short, .customLong("session")], help: ArgumentHelp("Open this saved session at start.", valueName: "name"),
        completion: .sessionNames)
    var session: String?

    @Option(name: .customLong("catalog"), help: ArgumentHelp(
        "A company KPI catalog (YAML) laid over the built-in one; repeatable.", valueName: "file"),
        completion: .catalogFiles)
    var catalogs: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let book = try global.promptBook()
        Terminal.applyColor(global.colorEnabled)
        let data = DataDirectory.resolve(environment: environment)
        let options = global, catalogs = catalogs
        let coach = Coach(book: book, store: SessionStore(directory: data), catalog: { options.catalog(files: catalogs) })
        coach.promptsDirectory = global.promptsURL
        let printer = ReplyPrinter(width: Terminal.wrapWidth, colored: global.colorEnabled)
        printer.print([.say(book.text(ShellPrompt.banner, ["version": OKRCoachVersion.current]))])

        if let session {
            let outcome = coach.openSession(session)
            guard coach.current != nil else {
                for reply in outcome.replies { Terminal.printError(printer.render(reply)) }
                throw ExitCode(2)
            }
            printer.print(outcome.replies)
        } else if Terminal.inputIsInteractive {
            printer.print(coach.greeting())
        }
        StandardOutput.flush()

        var history = HistoryFile(url: data.history)
        let editor = Terminal.inputIsInteractive ? EditLineReader(history: history.entries) : nil
        let reader: any LineReader = editor ?? PlainLineReader()
        var lineNumber = 0
        var unsaved = UnsavedLines()

        while true {
            editor?.complete(with: coach.completer.candidates(for:))
            var outcome: Outcome
            var typed: String?
            switch reader.readLine(prompt: coach.prompt) {
            case .interrupt:
                Swift.print()
                outcome = coach.interrupt()
            case .end:
                if editor != nil { Swift.print() }
                outcome = coach.finish()
            case .line(let line):
                lineNumber += 1
                // Tab completion leaves a trailing space; history keeps the line as the coach reads it.
                let entry = line.trimmingCharacters(in: .whitespaces)
                if editor != nil, HistoryFile.keeps(entry) {
                    reader.remember(entry)
                    try? history.append(entry)
                }
                typed = line
                outcome = coach.handle(line)
            }
            if outcome.openEditor {
                printer.print(outcome.replies)
                outcome = ExternalEditor.edit(environment: environment).map(coach.handle)
                    ?? Outcome([.error(book.text(CoachPrompt.editorUnavailable))])
            }
            if editor == nil, let typed { unsaved.record(outcome, line: lineNumber, text: typed) }
            printer.print(outcome.replies)
            StandardOutput.flush()
            if outcome.exit { break }
        }
        // A script cannot see the errors scroll by: it is told which lines were lost, and by the exit status.
        if !unsaved.isEmpty {
            Terminal.printError(unsaved.report(book: book))
            throw ExitCode(UnsavedLines.exitStatus)
        }
    }
}
