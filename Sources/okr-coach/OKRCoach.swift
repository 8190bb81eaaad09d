import ArgumentParser
import CoachKit
import Foundation

/// `okr-coach`: the REPL by default, and one-shot subcommands for scripts and CI.
@main
struct OKRCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr-coach",
        abstract: "A terminal coach for Objectives and Key Results.",
        discussion: "With no subcommand, opens the coach. Type /help inside it for commands.",
        version: OKRCoachVersion.current,
        subcommands: [ChatCommand.self, SessionsCommand.self, CheckCommand.self, KpisCommand.self],
        defaultSubcommand: ChatCommand.self
    )

    /// Starts the program; a file-size limit (`ulimit -f`) then makes a write fail with `EFBIG`, which the coach
    /// reports, instead of killing the process.
    static func main() {
        Terminal.ignoreFileSizeSignal()
        main(nil)
    }
}
