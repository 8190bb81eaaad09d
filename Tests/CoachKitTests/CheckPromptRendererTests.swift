@testable import CoachKit
import OKRKit
import Testing

@Suite struct CheckPromptRendererTests {
    @Test func fastRenderingMatchesThePromptBookForEveryCheckKey() throws {
        let book = try PromptBook.defaults()
        var renderer = PromptRenderer(book: book)
        let keys: [any PromptKey] = RulePrompt.allCases + CheckReportPrompt.allCases
        for key in keys {
            let full = Dictionary(uniqueKeysWithValues: key.values.map { ($0, "R&D's <\($0)> \"x\"") })
            let each = key.values.flatMap { name in [full.filter { $0.key != name }, full.filter { $0.key == name }] }
            for values in [full, [:], full.mapValues { _ in "" }] + each {
                #expect(renderer.text(key, PromptValues(values)) == book.text(key, values), "\(key.path)")
            }
        }
    }
}
