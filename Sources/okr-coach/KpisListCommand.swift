import ArgumentParser
import CoachKit
import OKRKit

/// `okr-coach kpis list [--category C]`: the catalog, grouped by category.
struct KpisListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the catalog's KPIs.")

    @OptionGroup var options: KpisOptions

    @Option(help: ArgumentHelp("Only this category (its id, such as support).", valueName: "id"), completion: .kpiCategoryIDs)
    var category: String?

    func run() throws {
        let (catalog, book) = try options.load()
        var categories = catalog.categories
        if let category {
            guard let found = catalog.category(id: category) else {
                Terminal.printError(book.text(SuggestionPrompt.unknownCategory, [
                    "category": category, "categories": catalog.categories.map(\.id).joined(separator: ", "),
                ]))
                throw ExitCode(1)
            }
            categories = [found]
        }
        let kpis = categories.flatMap { catalog.kpis(inCategory: $0.id) }
        switch options.format {
        case .json:
            try KpisOutput.printJSON(KpisOutput.KPIList(kpis: kpis))
        case .text:
            for (index, category) in categories.enumerated() {
                let members = catalog.kpis(inCategory: category.id)
                if index > 0 { print("") }
                print(TerminalSafeText.string("\(category.name) (\(category.id), \(members.count))").bold)
                print(TerminalTable(rows: members.map { [$0.id, $0.name, $0.cadence.rawValue, $0.direction.rawValue] }).render())
            }
        }
    }
}
