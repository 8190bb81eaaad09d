import OKRKit
import Testing

/// Runs every rule over its own examples, SwiftLint style: adding a rule adds its tests.
@Suite struct RuleExamplesTests {
    static let descriptions = RuleCatalog.standard.descriptions

    @Test(arguments: descriptions.map(\.id))
    func ruleFiresOnItsTriggeringExamples(id: String) throws {
        let description = try #require(RuleCatalog.standard.description(of: id))
        #expect(!description.triggeringExamples.isEmpty, "\(id) has no triggering example")
        let engine = CheckEngine(catalog: .standard.only([id]))
        for example in description.triggeringExamples {
            let findings = engine.check(example.objectives, cycle: example.cycle, parents: example.parents).allFindings
            #expect(findings.contains { $0.rule == id }, "\(id) should fire on:\n\(example)")
            for finding in findings {
                #expect(Set(finding.values.keys).isSubset(of: Set(description.values)), "\(id) passes undeclared values")
                #expect(finding.category == description.category)
            }
        }
    }

    @Test(arguments: descriptions.map(\.id))
    func ruleStaysQuietOnItsNonTriggeringExamples(id: String) throws {
        let description = try #require(RuleCatalog.standard.description(of: id))
        #expect(!description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
        let engine = CheckEngine(catalog: .standard.only([id]))
        for example in description.nonTriggeringExamples {
            let findings = engine.check(example.objectives, cycle: example.cycle, parents: example.parents).allFindings
            #expect(findings.isEmpty, "\(id) should stay quiet on:\n\(example)")
        }
    }

    @Test func ruleIdsAreUniqueAndCoverTheIssueTable() {
        let ids = Self.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        let required: Set = [
            "objective-has-metric", "objective-is-output", "objective-length", "objective-business-as-usual",
            "objective-kr-count", "set-objective-count", "kr-no-number", "kr-no-baseline", "kr-no-deadline",
            "kr-activity", "kr-health-metric", "kr-too-safe", "kr-unrealistic", "kr-confidence", "kr-unrelated",
        ]
        #expect(required.isSubset(of: Set(ids)))
    }
}
