import ArgumentParser
import CoachKit
import OKRKit

/// `okr-coach kpis search TERMS`: catalog entries matching free words, best first.
struct KpisSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the catalog by words.")

    @OptionGroup var options: KpisOptions

    @Argument(help: "Words to look for, such as \"response time\" or NPS.")
    var terms: [String]

    @Option(help: "The most results to show.")
    var limit = 10

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let (catalog, book) = try options.load()
        let text = terms.joined(separator: " ")
        let results = KPISuggester(catalog: catalog).search(text, limit: limit)
        try KpisOutput.printSuggestions(results, catalog: catalog, book: book, format: options.format, query: text, isSearch: true)
    }
}
