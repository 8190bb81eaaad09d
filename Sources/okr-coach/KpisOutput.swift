import CoachKit
import Foundation
import OKRKit
import Rainbow

/// How `okr-coach kpis` prints: JSON documents for scripts, aligned text for people.
enum KpisOutput {
    /// `{"kpis": [...]}` with every field of each entry.
    struct KPIList: Encodable {
        var kpis: [KPI]
    }

    /// `{"suggestions": [...]}`, best first.
    struct SuggestionList: Encodable {
        var suggestions: [Item]
    }

    /// One suggestion as scripts see it.
    struct Item: Encodable {
        var id: String
        var name: String
        var category: String
        var score: Double
        var reason: String
        var role: String
        var counterMetricOf: String?
        var matchedTerms: [String]
        var cadence: KPICadence
    }

    /// Writes a value as pretty JSON with sorted keys.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Writes suggestions or search results in the chosen format.
    /// Search results give the matched words as their reason; suggestions give a sentence. With none, text says
    /// that nothing matched the search, or that no catalog KPI measures the key result.
    static func printSuggestions(
        _ suggestions: [Suggestion], catalog: KPICatalog, book: PromptBook, format: KpisFormat, query: String,
        isSearch: Bool = false
    ) throws {
        func reason(_ suggestion: Suggestion) -> String {
            isSearch ? book.searchReason(for: suggestion) : book.reason(for: suggestion, in: catalog)
        }
        switch format {
        case .json:
            try printJSON(SuggestionList(suggestions: suggestions.map { item($0, reason: reason($0)) }))
        case .text:
            guard !suggestions.isEmpty else {
                let nothing = isSearch ? book.text(SuggestionPrompt.noMatch, ["terms": query]) : book.text(SuggestionPrompt.unmeasured)
                print(TerminalSafeText.string(nothing))
                return
            }
            let rows = suggestions.enumerated().map { index, suggestion in
                ["\(index + 1).", suggestion.kpi.name, suggestion.kpi.id, String(format: "%.2f", suggestion.score),
                 reason(suggestion)]
            }
            print(TerminalTable(rows: rows, styles: [{ $0 }, { $0.bold }, { $0.dim }, { $0.dim }, { $0 }]).render())
        }
    }

    private static func item(_ suggestion: Suggestion, reason: String) -> Item {
        let role: String
        var of: String?
        switch suggestion.reason.role {
        case .ownMetric: role = "own-metric"
        case .counterMetric(let id): role = "counter-metric"; of = id
        case .related: role = "related"
        }
        return Item(
            id: suggestion.kpi.id, name: suggestion.kpi.name, category: suggestion.kpi.category,
            score: (suggestion.score * 1000).rounded() / 1000, reason: reason,
            role: role, counterMetricOf: of, matchedTerms: suggestion.reason.matchedTerms, cadence: suggestion.kpi.cadence)
    }
}
