import Foundation
import Testing

/// `okr-coach check` offers a rewrite as its own field and line, only where one is right.
@Suite struct CheckRewriteTests {
    static let outline = """
        Objective: New customers see value in their first two weeks
        - Grow weekly active users to 24,000 by end of Q3
        - Launch a help center by end of Q3
        - Steigerung des NPS von 32 auf 50 bis Q3
        """

    /// Each line's findings in the JSON report, by rule id.
    static func findings(_ json: [String: Any]) throws -> [Int: [String: [String: Any]]] {
        var byLine: [Int: [String: [String: Any]]] = [:]
        let objectives = try #require(json["objectives"] as? [[String: Any]])
        for node in objectives + objectives.flatMap({ ($0["keyResults"] as? [[String: Any]]) ?? [] }) {
            let line = try #require(node["line"] as? Int)
            for finding in (node["findings"] as? [[String: Any]]) ?? [] {
                byLine[line, default: [:]][try #require(finding["rule"] as? String)] = finding
            }
        }
        return byLine
    }

    @Test func everyFindingHasARewriteFieldAndOnlyRightOnesAreText() throws {
        let result = try Binary.run(["check", "-", "--format", "json"], input: Self.outline, home: Binary.temporaryHome())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let byLine = try Self.findings(json)
        for finding in byLine.values.flatMap(\.values) { #expect(finding.keys.contains("rewrite")) }
        #expect(byLine[1]?["objective-has-metric"]?["rewrite"] is NSNull)
        #expect(byLine[2]?["kr-no-baseline"]?["rewrite"] as? String == "Grow weekly active users from <today> to 24,000 by end of Q3")
        #expect(byLine[3]?["kr-no-number"]?["rewrite"] is NSNull)
        #expect(byLine[4]?["kr-no-baseline"] == nil, "von 32 auf 50 states where it starts")
        #expect(byLine[4]?.values.allSatisfy { $0["rewrite"] is NSNull } ?? true)
    }

    @Test func theTextReportShowsATryLineOnlyForARightRewrite() throws {
        let result = try Binary.run(["check", "-"], input: Self.outline, home: Binary.temporaryHome())
        let tries = result.stdout.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("try:") }
        #expect(tries.map { $0.trimmingCharacters(in: .whitespaces) } == ["try: Grow weekly active users from <today> to 24,000 by end of Q3"])
        #expect(!result.stdout.contains("Try:"))
        #expect(result.stdout.contains("only its numbers and dates were read: okr-coach reads English words only"))
    }
}
