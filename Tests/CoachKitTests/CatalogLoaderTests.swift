import CoachKit
import Foundation
import OKRKit
import Testing

/// A valid one-entry catalog body with one field replaced (or removed, with `nil`).
func catalogYAML(replacing field: String? = nil, with value: String? = nil, id: String = "widget-yield") -> String {
    var fields: [(String, String)] = [
        ("id", id), ("name", "Widget yield"), ("aliases", "[WY]"), ("category", "supply-chain"),
        ("definition", "Share of widgets that pass inspection."), ("formula", "passed / made"), ("unit", "\"%\""),
        ("direction", "higher-is-better"), ("cadence", "weekly"), ("bounded", "true"), ("keywords", "[widgets, yield]"),
        ("counterMetrics", "[scrap-rate]"),
    ]
    if let field, let position = fields.firstIndex(where: { $0.0 == field }) {
        if let value { fields[position].1 = value } else { fields.remove(at: position) }
    }
    return "kpis:\n  - " + fields.map { "\($0.0): \($0.1)" }.joined(separator: "\n    ") + "\n"
}

/// Writes text to a new file in a fresh directory and returns its URL.
func temporaryFile(_ text: String, name: String = "company.yaml") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("okr-catalog-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
}

@Suite struct CatalogLoaderTests {
    @Test func theBuiltInCatalogIsLargeCompleteAndConsistent() throws {
        let catalog = try CatalogLoader.builtIn()
        #expect(catalog.kpis.count >= 150)
        #expect(catalog.categories.count >= 12)
        for category in catalog.categories {
            #expect(catalog.kpis(inCategory: category.id).count >= 8, "\(category.id) is thin")
        }
        #expect(catalog.problems().isEmpty)
        #expect(catalog.kpis.allSatisfy { !$0.keywords.isEmpty && !$0.definition.isEmpty })
        for id in ["net-promoter-score", "customer-churn-rate", "monthly-recurring-revenue", "overall-equipment-effectiveness"] {
            #expect(catalog.kpi(id: id) != nil, "\(id) missing")
        }
    }

    @Test func errorsNameTheFileTheEntryAndTheField() throws {
        func message(_ yaml: String) -> String {
            do {
                _ = try CatalogLoader.decode(yaml, file: "kpis.yaml")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(message(catalogYAML(replacing: "direction", with: "up")) ==
            "kpis.yaml: entry 1 (widget-yield): field 'direction' must be one of higher-is-better, lower-is-better, target-range")
        #expect(message(catalogYAML(replacing: "name", with: nil)) == "kpis.yaml: entry 1 (widget-yield): field 'name' is missing")
        #expect(message(catalogYAML(replacing: "cadence", with: nil)) ==
            "kpis.yaml: entry 1 (widget-yield): field 'cadence' is missing (one of daily, weekly, monthly, quarterly)")
        #expect(message(catalogYAML(replacing: "bounded", with: "maybe")) ==
            "kpis.yaml: entry 1 (widget-yield): field 'bounded' must be true or false")
        #expect(message(catalogYAML(replacing: "keywords", with: "{a: b}")) ==
            "kpis.yaml: entry 1 (widget-yield): field 'keywords' must be a list of texts")
        #expect(message(catalogYAML(replacing: "id", with: "Widget Yield")) ==
            "kpis.yaml: entry 1 (Widget Yield): field 'id' must be kebab-case (lowercase letters and digits joined by '-'), found 'Widget Yield'")
        #expect(message(catalogYAML(replacing: "counterMetrics", with: "[a]").replacingOccurrences(of: "counterMetrics", with: "counter_metrics")) ==
            "kpis.yaml: entry 1 (widget-yield): field 'counter_metrics' is not a known field; did you mean 'counterMetrics'?")
        #expect(message(catalogYAML(replacing: "id", with: nil)) == "kpis.yaml: entry 1: field 'id' is missing")
        let twice = catalogYAML() + catalogYAML().replacingOccurrences(of: "kpis:\n", with: "")
        #expect(message(twice) == "kpis.yaml: entry 2 (widget-yield): field 'id' repeats entry 1")
        #expect(message("kpis: [unclosed") == "kpis.yaml:2: is not valid YAML: did not find expected ',' or ']' "
            + "(while parsing a flow sequence, line 1)")
        #expect(message("- just\n- a list\n") == "kpis.yaml: must be a map with 'kpis' (and optionally 'categories', 'synonyms')")
        #expect(message("kpi:\n  - id: x\n") == "kpis.yaml:1: unknown section 'kpi'; expected categories, kpis, synonyms")
        #expect(message("synonyms:\n  - [alone]\n") == "kpis.yaml: synonym group 1: must be a list of two or more texts")
        #expect(message("") == "no error")
    }

    @Test func anOverlayNamingUnknownIdsIsRefusedWithTheEntry() throws {
        let base = try CatalogLoader.builtIn()
        let file = try temporaryFile(catalogYAML(replacing: "counterMetrics", with: "[scrap-rate, no-such-kpi]"))
        #expect(throws: CatalogError(
            file: file.path, item: "entry 1 (widget-yield)", field: "counterMetrics",
            problem: "names 'no-such-kpi', which is not in the catalog")) {
            try CatalogLoader.overlay(base, with: file)
        }
        let badCategory = try temporaryFile(catalogYAML(replacing: "category", with: "widgets"))
        #expect(throws: CatalogError.self) { try CatalogLoader.overlay(base, with: badCategory) }
        let missing = URL(fileURLWithPath: "/nonexistent/kpis.yaml")
        #expect(throws: CatalogError(file: missing.path, problem: "cannot be read as UTF-8 text (no such file)")) {
            try CatalogLoader.overlay(base, with: missing)
        }
    }

    @Test func overlaysApplyInOrderDataDirectoryFirstAndBrokenOnesAreReportedNotFatal() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("okr-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try catalogYAML().replacingOccurrences(of: "Widget yield", with: "Widget yield (home)")
            .write(to: home.appendingPathComponent("kpis.yaml"), atomically: true, encoding: .utf8)
        let later = try temporaryFile(catalogYAML().replacingOccurrences(of: "Widget yield", with: "Widget yield (flag)"))
        let broken = try temporaryFile("kpis: [", name: "broken.yaml")
        let load = CatalogLoader.load(dataDirectory: DataDirectory(url: home), files: [later, broken])
        #expect(load.catalog.kpi(id: "widget-yield")?.name == "Widget yield (flag)")
        #expect(load.sources == ["kpis.yaml", home.appendingPathComponent("kpis.yaml").path, later.path])
        #expect(load.problems.count == 1)
        #expect(load.problems.first?.file == broken.path)
        let builtIn = try CatalogLoader.builtIn()
        #expect(load.catalog.kpis.count == builtIn.kpis.count + 1)
        let replaced = try temporaryFile(
            "kpis:\n  - id: uptime\n    name: Availability\n    category: reliability\n    definition: Minutes up.\n"
                + "    unit: \"%\"\n    direction: higher-is-better\n    cadence: daily\n")
        let overlaid = CatalogLoader.load(dataDirectory: nil, files: [replaced]).catalog
        #expect(overlaid.kpi(id: "uptime")?.name == "Availability")
        #expect(overlaid.kpis.count == builtIn.kpis.count)
    }

    @Test func reasonsReadAsSentencesFromThePromptBook() throws {
        let book = try PromptBook.defaults()
        let catalog = try CatalogLoader.builtIn()
        let suggestions = KPISuggester(catalog: catalog).suggest(keyResult: "Reduce churn from 3% to 2% a month")
        let own = try #require(suggestions.first)
        #expect(own.reason.role == .ownMetric)
        #expect(book.reason(for: own, in: catalog) == "your key result measures churn; watch it \(own.kpi.cadence.rawValue)")
        let counter = try #require(suggestions.first { if case .counterMetric = $0.reason.role { true } else { false } })
        #expect(book.reason(for: counter, in: catalog).hasPrefix("keeps \(own.kpi.name) honest: a gain there should not cost this"))
        let helpCenter = KPISuggester(catalog: catalog).suggest(keyResult: "Launch a help center that answers the top 50 questions")
        let related = try #require(helpCenter.first { $0.reason.role == .related })
        #expect(book.reason(for: related, in: catalog) == "matches help center in your key result; watch it \(related.kpi.cadence.rawValue)")
    }
}
