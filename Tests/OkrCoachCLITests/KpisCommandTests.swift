import Foundation
import Testing

/// `okr-coach kpis` through a pipe: JSON shapes, text, exit codes, company catalogs.
@Suite struct KpisCommandTests {
    func json(_ result: Binary.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(result.stdout)")
    }

    @Test func suggestGivesRankedSuggestionsWithReasons() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run(
            ["kpis", "suggest", "Cut logo churn from 3% to 2% a month", "--objective", "Keep the customers we win",
             "--limit", "2", "--format", "json"], home: home)
        #expect(result.status == 0)
        let suggestions = try #require(try json(result)["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 2)
        for suggestion in suggestions {
            for key in ["id", "name", "category", "reason"] { #expect(suggestion[key] is String, "\(key)") }
            #expect(suggestion["score"] is Double)
        }
        #expect(suggestions.first?["id"] as? String == "customer-churn-rate")
        #expect(suggestions.first?["role"] as? String == "own-metric")
        #expect((suggestions.first?["reason"] as? String)?.hasPrefix("your key result measures") == true)
        #expect(suggestions.contains { $0["role"] as? String == "counter-metric" })
    }

    @Test func suggestNamesTheMatchingWordsAndSaysWhenNoKPIMeasuresTheKeyResult() throws {
        let home = try Binary.temporaryHome()
        let keyResult = "Launch a help center that answers the top 50 questions"
        let suggested = try json(try Binary.run(["kpis", "suggest", keyResult, "--format", "json"], home: home))
        let suggestions = try #require(suggested["suggestions"] as? [[String: Any]])
        #expect(suggestions.first?["id"] as? String == "self-service-rate")
        #expect(!suggestions.contains { $0["id"] as? String == "average-handle-time" }, "\(suggestions)")
        for suggestion in suggestions where suggestion["role"] as? String != "counter-metric" {
            let terms = try #require(suggestion["matchedTerms"] as? [String])
            #expect(!terms.isEmpty && terms.allSatisfy { keyResult.contains($0) }, "\(suggestion)")
        }
        let activity = try Binary.run(["kpis", "suggest", "Paint the office walls blue"], home: home)
        #expect(activity.status == 0)
        #expect(activity.stdout == "No catalog KPI measures this; watch the metric itself.\n")
        let none = try json(try Binary.run(["kpis", "suggest", "Paint the office walls blue", "--format", "json"], home: home))
        #expect((none["suggestions"] as? [Any])?.isEmpty == true)
    }

    @Test func listGivesEveryFieldAndFiltersByCategory() throws {
        let home = try Binary.temporaryHome()
        let all = try json(try Binary.run(["kpis", "list", "--format", "json"], home: home))
        let kpis = try #require(all["kpis"] as? [[String: Any]])
        #expect(kpis.count >= 150)
        let fields: Set = ["id", "name", "aliases", "category", "definition", "formula", "unit", "direction", "cadence",
                           "bounded", "keywords", "counterMetrics"]
        #expect(kpis.allSatisfy { Set($0.keys) == fields })
        let support = try json(try Binary.run(["kpis", "list", "--category", "support", "--format", "json"], home: home))
        let supportKPIs = try #require(support["kpis"] as? [[String: Any]])
        #expect(!supportKPIs.isEmpty && supportKPIs.allSatisfy { $0["category"] as? String == "support" })
        let unknown = try Binary.run(["kpis", "list", "--category", "astrology"], home: home)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("No category has the id 'astrology'"))
    }

    @Test func showNamesTheNearestIdsWhenTheIdIsUnknown() throws {
        let home = try Binary.temporaryHome()
        let shown = try Binary.run(["kpis", "show", "net-promoter-score"], home: home)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Net Promoter Score"))
        #expect(shown.stdout.contains("Keep honest with"))
        #expect(!shown.stdout.contains("\u{1B}["), "no colour when piped")
        let typo = try Binary.run(["kpis", "show", "net-promotor-score"], home: home)
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("No KPI has the id 'net-promotor-score'. Did you mean net-promoter-score"))
    }

    @Test func searchFindsByAbbreviationAndSaysWhenNothingMatches() throws {
        let home = try Binary.temporaryHome()
        let found = try json(try Binary.run(["kpis", "search", "MTTR", "--format", "json"], home: home))
        let first = try #require((found["suggestions"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "mean-time-to-recovery")
        #expect(first["reason"] as? String == "matches MTTR")
        let nothing = try Binary.run(["kpis", "search", "zebra", "giraffe"], home: home)
        #expect(nothing.status == 0)
        #expect(nothing.stdout.contains("No KPI in the catalog matches \"zebra giraffe\""))
    }

    @Test func companyCatalogsOverlayAndBrokenOnesFailWithTheirLocation() throws {
        let home = try Binary.temporaryHome()
        let entry = """
            kpis:
              - id: kiln-uptime
                name: Kiln uptime
                category: supply-chain
                definition: Share of scheduled hours the kilns fire.
                unit: "%"
                direction: higher-is-better
                cadence: daily
                keywords: [kiln, firing hours]
                counterMetrics: [scrap-rate]
            """
        try entry.write(to: home.appendingPathComponent("kpis.yaml"), atomically: true, encoding: .utf8)
        let suggested = try json(try Binary.run(["kpis", "suggest", "Fire the kilns 95% of scheduled hours", "--format", "json"], home: home))
        #expect((suggested["suggestions"] as? [[String: Any]])?.first?["id"] as? String == "kiln-uptime")
        let broken = home.appendingPathComponent("broken.yaml")
        try entry.replacingOccurrences(of: "cadence: daily", with: "cadence: hourly").write(to: broken, atomically: true, encoding: .utf8)
        let refused = try Binary.run(["kpis", "list", "--catalog", broken.path], home: home)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(
            "\(broken.path): entry 1 (kiln-uptime): field 'cadence' must be one of daily, weekly, monthly, quarterly"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let home = try Binary.temporaryHome()
        #expect(try Binary.run(["kpis", "suggest", "Grow MRR", "--limit", "0"], home: home).status == 64)
        #expect(try Binary.run(["kpis", "suggest", "Grow MRR", "--format", "xml"], home: home).status == 64)
        let text = try Binary.run(["kpis", "suggest", "Grow MRR from $40k to $60k"], home: home)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("1."))
        #expect(text.stdout.contains("monthly-recurring-revenue"))
    }
}
