import ArgumentParser
import CoachKit
import Foundation
import OKRKit

/// `okr-coach kpis`: browse the KPI catalog and get KPIs suggested for a key result.
struct KpisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpis",
        abstract: "Browse the KPI catalog and get KPIs suggested for a key result.",
        discussion: """
            The built-in catalog is overlaid with $OKR_COACH_HOME/kpis.yaml and then each --catalog FILE: \
            entries with an id already present replace it, new ones are added.
            """,
        subcommands: [KpisListCommand.self, KpisShowCommand.self, KpisSearchCommand.self, KpisSuggestCommand.self]
    )
}

/// How a `kpis` subcommand prints its answer.
enum KpisFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The options every `kpis` subcommand accepts: the output format and the catalogs to overlay.
struct KpisOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: KpisFormat = .text

    @Option(name: .customLong("catalog"), help: ArgumentHelp(
        "A company catalog (YAML) laid over the built-in one; repeatable, later files win.", valueName: "file"),
        completion: .catalogFiles)
    var catalogs: [String] = []

    /// The merged catalog and the prompt book; a catalog file that cannot be used ends the command (exit 2).
    func load() throws -> (catalog: KPICatalog, book: PromptBook) {
        let book = try global.promptBook()
        Terminal.applyColor(format == .text && global.colorEnabled)
        let load = global.catalog(files: catalogs)
        guard load.problems.isEmpty else {
            for problem in load.problems { Terminal.printError("okr-coach: KPI catalog: \(problem)") }
            throw ExitCode(2)
        }
        return (load.catalog, book)
    }
}
