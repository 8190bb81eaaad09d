import ArgumentParser
import CoachKit
import Foundation
import LineEditing
import OKRKit

/// `okr-coach status SESSION...`: where each key result stands, for people, scripts and a weekly cron reminder.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each key result's progress against plan, status, confidence and forecast.",
        discussion: """
            SESSION is a saved session's name or the path of a session file (one holding a "/" or ending in \
            .json). Reads only: the sessions stay as they are, open in the coach or not. Exits 0, or 1 when a key \
            result matches --fail-on, 2 when a session or a date cannot be read.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv
    }

    /// What makes the command fail, for a weekly reminder: a check-in due, anything behind (or at risk), or at risk.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case due, behind
        case atRisk = "at-risk"

        func matches(_ progress: KeyResultProgress) -> Bool {
            switch self {
            case .due: progress.due
            case .behind: progress.status == .behind || progress.status == .atRisk
            case .atRisk: progress.status == .atRisk
            }
        }
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Saved sessions' names or session files.", valueName: "session"),
        completion: .sessionNames)
    var sessions: [String]

    @Option(help: ArgumentHelp("The day to compute for (default: today, local time).", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: "text (a card per objective), json, markdown or csv.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "Exit 1 when a key result is due a check-in, behind (or at risk), or at risk.", valueName: "due|behind|at-risk"))
    var failOn: FailOn?

    func validate() throws {
        guard !sessions.isEmpty else { throw ValidationError("Name at least one session.") }
    }

    func run() throws {
        let book = try global.promptBook()
        let day = try SessionArgument.day(today, option: "--today", book: book)
        var statuses: [SessionStatus] = []
        var failed = false
        for argument in sessions {
            do {
                let location = try SessionArgument.locate(argument, book: book)
                let session = try location.store.load(location.name)
                statuses.append(SessionStatus(session, today: day))
            } catch let error as StoreError {
                failed = true
                Terminal.printError("okr-coach: " + book.describe(error))
            } catch {
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
        print(statuses, book: book)
        let matched = failOn.map { failOn in
            statuses.contains { $0.keyResults.contains { failOn.matches($0.progress) } }
        } ?? false
        fflush(nil)
        if matched { throw ExitCode(1) }
    }

    private func print(_ statuses: [SessionStatus], book: PromptBook) {
        switch format {
        case .json:
            for piece in StatusJSON.document(statuses) { StandardOutput.write(piece) }
            StandardOutput.write("\n")
        case .markdown:
            StandardOutput.write(StatusMarkdown.document(statuses, book: book))
        case .csv:
            StandardOutput.write(StatusCSV.document(statuses))
        case .text:
            Terminal.applyColor(global.colorEnabled)
            let printer = StatusPrinter(colored: global.colorEnabled, width: Terminal.wrapWidth)
            for (index, status) in statuses.enumerated() {
                if index > 0 { Swift.print() }
                printer.print(StatusCard.lines(for: status, book: book))
            }
        }
    }
}
