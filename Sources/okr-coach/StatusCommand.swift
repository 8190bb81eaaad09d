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
        // Each session is read and computed on its own, so many are spread over the cores.
        let arguments = sessions, directory = SessionArgument.dataDirectory()
        let read = ChunkedMap.map(arguments.count) { range in
            range.map { SessionArgument.read(arguments[$0], in: directory, book: book).map { SessionStatus($0, today: day) } }
        }.flatMap { $0 }
        var statuses: [SessionStatus] = []
        for result in read {
            switch result {
            case .success(let status): statuses.append(status)
            case .failure(let failure): Terminal.printError("okr-coach: " + failure.message)
            }
        }
        guard statuses.count == read.count else { throw ExitCode(2) }
        show(statuses, book: book)
        let matched = failOn.map { failOn in
            statuses.contains { $0.keyResults.contains { failOn.matches($0.progress) } }
        } ?? false
        fflush(nil)
        if matched { throw ExitCode(1) }
    }

    /// Writes the statuses in the format asked for.
    private func show(_ statuses: [SessionStatus], book: PromptBook) {
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
            let cards = ChunkedMap.map(statuses.count) { range in
                range.map { printer.render(StatusCard.lines(for: statuses[$0], book: book)) }
            }.flatMap { $0 }
            StandardOutput.write(cards.joined(separator: "\n"))
        }
    }
}
