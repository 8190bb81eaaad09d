import ArgumentParser
import CoachKit
import Foundation

/// The interactive coach (the default subcommand).
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "chat", abstract: "Open the coach (the default).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let book = try global.promptBook()
        print(book.text(ShellPrompt.banner, ["version": OKRCoachVersion.current]))
    }
}
