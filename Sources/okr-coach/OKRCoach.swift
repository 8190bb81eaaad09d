import ArgumentParser
import CoachKit
import Foundation

/// `okr-coach`: the REPL by default, and one-shot subcommands for scripts and CI.
@main
struct OKRCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr-coach",
        abstract: "A terminal coach for Objectives and Key Results.",
        discussion: """
            With no subcommand, opens the coach: it walks you through a cycle's objectives and key results, \
            checks each one as you type it, suggests KPIs to watch beside them and saves every change at once. \
            Type /help inside it for commands. When standard input is not a terminal, it reads one answer or \
            command per line, so a workshop script can be piped in. check, status, checkin, report, export, import \
            and kpis work without the coach, for scripts and CI.
            """,
        version: OKRCoachVersion.current,
        subcommands: [
            ChatCommand.self, SessionsCommand.self, CheckCommand.self, StatusCommand.self, CheckInCommand.self,
            ReportCommand.self, KpisCommand.self, ExportCommand.self, ImportCommand.self, PracticeCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    /// Starts the program; a file-size limit (`ulimit -f`) then makes a write fail with `EFBIG`, which the coach
    /// reports, instead of killing the process.
    static func main() {
        Terminal.ignoreFileSizeSignal()
        main(nil)
    }
}
