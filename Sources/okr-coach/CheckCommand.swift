import ArgumentParser
import CoachKit
import Foundation
import LineEditing
import OKRKit

/// `okr-coach check PATH`: checks an outline or a session file against the rules, for people and for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check objectives and key results against SMART and stretch rules.",
        discussion: """
            PATH is an outline (Markdown or plain text: "Objective: ..." lines with "- " key results under them), \
            a session JSON file, or - for standard input. Exits 0 when no error-severity finding is found, 1 when \
            one is (or a warning, with --strict), 2 when the input cannot be read.
            """)

    /// How to print the report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("An outline, a session JSON file, or - for standard input.", valueName: "path"),
        completion: .file())
    var path: String

    @Option(help: "text (grouped by objective) or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The cycle key results are due in when they state no deadline: 2027-Q1, 2027-H2, 2027."))
    var cycle: String?

    @Option(help: ArgumentHelp("The first day of the cycle, with --to.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("The last day of the cycle, with --from.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Flag(help: "Fail (exit 1) on warnings as well as errors.")
    var strict = false

    func validate() throws {
        _ = try cycleOverride()
    }

    func run() throws {
        let book = try global.promptBook()
        let input = try CheckInput.load(path: path, book: book)
        let run = CheckRun(
            input.objectives, cycle: try cycleOverride() ?? input.cycle, book: book, strict: strict, source: input.source,
            parents: input.parents)
        switch format {
        case .json:
            let json = run.document.json
            for piece in json { StandardOutput.write(piece) }
            StandardOutput.write("\n")
            Self.exitKeeping(json, failed: run.failed)
        case .text:
            Terminal.applyColor(global.colorEnabled)
            let text = run.text(book: book)
            CheckPrinter(colored: global.colorEnabled, width: Terminal.wrapWidth).print(text)
            Self.exitKeeping(text, failed: run.failed)
        }
    }

    /// Ends the process once the report is printed: a report of 10,000 key results is then freed by the exit at
    /// once rather than node by node, which took a tenth of the run. Exits 1 when the check failed.
    private static func exitKeeping(_ report: some Any, failed: Bool) -> Never {
        withExtendedLifetime(report) {
            fflush(nil)
            Foundation.exit(failed ? 1 : 0)
        }
    }

    /// The cycle named by `--cycle` or `--from`/`--to`, if any.
    private func cycleOverride() throws -> Cycle? {
        if let cycle {
            guard from == nil, to == nil else { throw ValidationError("Use --cycle or --from/--to, not both.") }
            guard let parsed = Cycle.parse(cycle) else {
                throw ValidationError("--cycle \(cycle): expected a cycle such as 2027-Q1, 2027-H2 or 2027.")
            }
            return parsed
        }
        guard from != nil || to != nil else { return nil }
        guard let from, let to else { throw ValidationError("--from and --to go together.") }
        guard let start = CalendarDay(from) else { throw ValidationError("--from \(from): expected a date as YYYY-MM-DD.") }
        guard let end = CalendarDay(to) else { throw ValidationError("--to \(to): expected a date as YYYY-MM-DD.") }
        guard start <= end else { throw ValidationError("--from \(from) is after --to \(to).") }
        return Cycle(label: "\(start) to \(end)", start: start, end: end)
    }
}
