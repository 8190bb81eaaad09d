import ArgumentParser
import CoachKit
import OKRKit

/// `okr-coach kpis show ID`: one KPI in full.
struct KpisShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one KPI in full.")

    @OptionGroup var options: KpisOptions

    @Argument(help: "The KPI's id, such as customer-churn-rate.", completion: .kpiIDs)
    var id: String

    func run() throws {
        let (catalog, book) = try options.load()
        guard let kpi = catalog.kpi(id: id) else {
            let nearest = catalog.nearestIDs(to: id).joined(separator: ", ")
            Terminal.printError(book.text(SuggestionPrompt.unknownId, ["id": id, "suggestions": nearest]))
            throw ExitCode(1)
        }
        switch options.format {
        case .json:
            try KpisOutput.printJSON(KpisOutput.KPIList(kpis: [kpi]))
        case .text:
            let category = catalog.category(id: kpi.category)?.name ?? kpi.category
            let counters = kpi.counterMetrics.map { catalog.kpi(id: $0).map { "\($0.name) (\($0.id))" } ?? $0 }
            print("\(TerminalSafeText.string(kpi.name).bold)  \(TerminalSafeText.string(kpi.id).dim)")
            print(TerminalTable(rows: [
                ["Also called", kpi.aliases.joined(separator: ", ")],
                ["Category", category],
                ["Definition", kpi.definition],
                ["Formula", kpi.formula],
                ["Unit", kpi.unit + (kpi.bounded ? " (0-100%)" : "")],
                ["Good when", kpi.direction.rawValue],
                ["Watch", kpi.cadence.rawValue],
                ["Keywords", kpi.keywords.joined(separator: ", ")],
                ["Keep honest with", counters.joined(separator: ", ")],
            ].filter { !$0[1].isEmpty }).render())
        }
    }
}
