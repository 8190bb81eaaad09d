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

    @Test func checkInWordsFromARendererMatchThePromptBook() throws {
        let book = try PromptBook.defaults()
        var renderer = PromptRenderer(book: book)
        let day = StatusFixtures.day("2027-02-12")
        let milestone = KeyResultPlan(measure: .milestone)
        let cases: [(CheckIn, KeyResultPlan?)] = [
            (CheckIn(date: day, done: true), milestone), (CheckIn(date: day, done: false), nil),
            (CheckIn(date: day, value: 40), milestone), (CheckIn(date: day, value: 0), milestone),
            (CheckIn(date: day, value: 1_250.5), KeyResultPlan(measure: .increase, baseline: 1_000, target: 2_000, unit: "$")),
        ]
        for (checkIn, plan) in cases {
            let words = TrackingWords.value(of: checkIn, plan: plan, renderer: &renderer)
            #expect(words == TrackingWords.value(of: checkIn, plan: plan, book: book))
            #expect(!words.isEmpty)
        }
    }
}
