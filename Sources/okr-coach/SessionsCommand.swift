import ArgumentParser
import CoachKit
import Foundation

/// `okr-coach sessions`: lists the saved sessions; exits 2, saying why on standard error, when the folder cannot be
/// listed.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "List saved sessions.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let book = try global.promptBook()
        Terminal.applyColor(global.colorEnabled)
        let store = SessionStore(directory: DataDirectory.resolve(environment: ProcessInfo.processInfo.environment))
        let printer = ReplyPrinter(colored: global.colorEnabled)
        let replies = Coach(book: book, store: store).listSessions().replies
        let errors = replies.filter { if case .error = $0 { true } else { false } }
        for error in errors { Terminal.printRenderedError(printer.render(error)) }
        guard errors.isEmpty else { throw ExitCode(2) }
        printer.print(replies)
    }
}
