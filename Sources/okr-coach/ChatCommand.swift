import ArgumentParser
import CoachKit
import Foundation
import LineEditing
import OKRKit

/// The interactive coach (the default subcommand): wires the terminal (libedit or a pipe) and the printer to the REPL.
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

    @Option(help: ArgumentHelp(
        "Act as if today were this day, for check-ins, plans and grades (default: today, local time).",
        valueName: "YYYY-MM-DD"))
    var today: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let book = try global.promptBook()
        Terminal.applyColor(global.colorEnabled)
        let data = DataDirectory.resolve(environment: environment)
        let options = global, catalogs = catalogs
        // Another day is today moved by whole days, so the time of day (and every timestamp saved) stays real.
        let shift = Double(CalendarDay.local(Date()).days(to: try SessionArgument.day(today, option: "--today", book: book))) * 86_400
        let coach = Coach(
            book: book, store: SessionStore(directory: data), now: { Date().addingTimeInterval(shift) },
            catalog: { options.catalog(files: catalogs) })
        coach.promptsDirectory = global.promptsURL
        let printer = ReplyPrinter(width: Terminal.wrapWidth, colored: global.colorEnabled)
        printer.print([.say(book.text(ShellPrompt.banner, ["version": OKRCoachVersion.current]))])

        if let session {
            let outcome = coach.openSession(session)
            guard coach.current != nil else {
                for reply in outcome.replies { Terminal.printRenderedError(printer.render(reply)) }
                throw ExitCode(2)
            }
            printer.print(outcome.replies)
        } else if Terminal.inputIsInteractive {
            printer.print(coach.greeting())
        }
        StandardOutput.flush()

        let unsaved = CoachLoop.run(coach, printer: printer, data: data, environment: environment)
        // A script cannot see the errors scroll by: it is told which lines were lost, and by the exit status.
        if !unsaved.isEmpty {
            Terminal.printError(unsaved.report(book: book))
            throw ExitCode(UnsavedLines.exitStatus)
        }
    }
}
