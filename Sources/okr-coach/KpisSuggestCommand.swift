import ArgumentParser
import CoachKit
import OKRKit

/// `okr-coach kpis suggest "KEY RESULT"`: the KPIs to watch beside a key result, with reasons.
struct KpisSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest", abstract: "Suggest KPIs to watch beside a key result.")

    @OptionGroup var options: KpisOptions

    @Argument(help: "The key result, such as \"Cut churn from 4% to 2% by Q3\".")
    var keyResult: String

    @Option(help: "Its objective, used as context.")
    var objective: String?

    @Option(help: "The most suggestions to show.")
    var limit = 5

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let (catalog, book) = try options.load()
        let suggestions = KPISuggester(catalog: catalog).suggest(keyResult: keyResult, objective: objective, limit: limit)
        try KpisOutput.printSuggestions(suggestions, catalog: catalog, book: book, format: options.format, query: keyResult)
    }
}
