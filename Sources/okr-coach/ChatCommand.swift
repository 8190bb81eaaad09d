import ArgumentParser
import CoachKit
import Foundation
import LineEditing

/// The interactive coach (the default subcommand): read a line, let the coach answer, print, repeat.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Open the coach (the default when no subcommand is given).")

    @OptionGroup var global: GlobalOptions

    @Option(name: [.short, .customLong("session")], help: ArgumentHelp("Open this saved session at start.", valueName: "name"))
    var session: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let book = try global.promptBook()
        Terminal.applyColor(global.colorEnabled)
        let data = DataDirectory.resolve(environment: environment)
        let coach = Coach(book: book, store: SessionStore(directory: data))
        let printer = ReplyPrinter()
        printer.print([.say(book.text(ShellPrompt.banner, ["version": OKRCoachVersion.current]))])
        StandardOutput.flush()

        if let session {
            let outcome = coach.openSession(session)
            guard coach.current != nil else {
                for reply in outcome.replies { Terminal.printError(printer.render(reply)) }
                throw ExitCode(2)
            }
            printer.print(outcome.replies)
        }

        var history = HistoryFile(url: data.history)
        let reader: any LineReader
        let editor: EditLineReader?
        if Terminal.inputIsInteractive {
            editor = EditLineReader(history: history.entries)
            reader = editor!
        } else {
            editor = nil
            reader = PlainLineReader()
        }

        while true {
            editor?.complete(with: coach.completer.candidates(for:))
            let outcome: Outcome
            switch reader.readLine(prompt: coach.prompt) {
            case .interrupt:
                Swift.print()
                continue
            case .end:
                if editor != nil { Swift.print() }
                outcome = coach.finish()
            case .line(let line):
                if editor != nil, HistoryFile.keeps(line) {
                    reader.remember(line)
                    try? history.append(line)
                }
                outcome = coach.handle(line)
            }
            printer.print(outcome.replies)
            StandardOutput.flush()
            if outcome.exit { return }
        }
    }
}
