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

        while true {
            editor?.complete(with: coach.completer.candidates(for:))
            var outcome: Outcome
            switch reader.readLine(prompt: coach.prompt) {
            case .interrupt:
                Swift.print()
                continue
            case .end:
                if editor != nil { Swift.print() }
                outcome = coach.finish()
            case .line(let line):
                // Tab completion leaves a trailing space; history keeps the line as the coach reads it.
                let entry = line.trimmingCharacters(in: .whitespaces)
                if editor != nil, HistoryFile.keeps(entry) {
                    reader.remember(entry)
                    try? history.append(entry)
                }
                outcome = coach.handle(line)
            }
            if outcome.openEditor {
                printer.print(outcome.replies)
                outcome = ExternalEditor.edit(environment: environment).map(coach.handle)
                    ?? Outcome([.error(book.text(CoachPrompt.editorUnavailable))])
            }
            printer.print(outcome.replies)
            StandardOutput.flush()
            if outcome.exit { return }
        }
    }
}
