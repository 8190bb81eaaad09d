import ArgumentParser
import CoachKit
import Foundation

/// `okr-coach sessions`: lists the saved sessions.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "List saved sessions.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let book = try global.promptBook()
        Terminal.applyColor(global.colorEnabled)
        let store = SessionStore(directory: DataDirectory.resolve(environment: ProcessInfo.processInfo.environment))
        ReplyPrinter(colored: global.colorEnabled).print(Coach(book: book, store: store).listSessions().replies)
    }
}
