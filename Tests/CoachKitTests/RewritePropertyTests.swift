import Foundation
import OKRKit
import Testing

/// Every rewrite okr-coach offers, over every sentence of the test suites (each rule's examples, what people type
/// in the transcripts) and the public sample, is right when read back: with its placeholders filled by values that
/// move the way the reading does, it no longer triggers its finding, and a key result keeps its direction, metric
/// and unit. Written from the public API only, as `rewrites.py` scores it, so it does not trust `RewriteProof`.
@Suite struct RewritePropertyTests {
    /// Every OKR set of the test suites and the public sample.
    static let sets: [RuleExample] = {
        let examples = RuleCatalog.standard.descriptions.flatMap { $0.triggeringExamples + $0.nonTriggeringExamples }
        let typed = Transcript.all().flatMap { name in
            ((try? Transcript(named: name))?.steps ?? []).map(\.input).filter { $0.count > 3 && !$0.hasPrefix("/") }
        }
        let sample = (try? String(contentsOf: fixture("public-sample.md"), encoding: .utf8)) ?? ""
        let outlines = sample.components(separatedBy: "\n---\n").map(OutlineParser.parse)
        return examples + typed.flatMap { [RuleExample.keyResult($0), .objective($0, keyResults: [])] }
            + outlines.map { RuleExample(objectives: $0.objectives, cycle: $0.cycle) }
    }()

    @Test func theTestSetsAreAllHere() {
        #expect(Self.sets.count > 250)
        #expect(Self.sets.contains { $0.objectives.first?.text == "Growth" })
    }

    @Test func everyRewriteReadsBackRight() throws {
        var offered = 0
        for set in Self.sets {
            let report = CheckEngine().check(set.objectives, cycle: set.cycle)
            for (o, objective) in report.objectives.enumerated() {
                for finding in objective.findings {
                    guard let rewrite = finding.rewrite else { continue }
                    offered += 1
                    var objectives = set.objectives
                    objectives[o].text = Self.filled(rewrite, reading: nil)
                    let again = CheckEngine().check(objectives, cycle: set.cycle).objectives[o]
                    #expect(!again.findings.contains { $0.rule == finding.rule }, "\(finding.rule): \(objective.objective.text) → \(rewrite)")
                }
                for (k, keyResult) in objective.keyResults.enumerated() {
                    for finding in keyResult.findings {
                        guard let rewrite = finding.rewrite else { continue }
                        offered += 1
                        var objectives = set.objectives
                        objectives[o].keyResults[k].text = Self.filled(rewrite, reading: keyResult.reading)
                        let again = CheckEngine().check(objectives, cycle: set.cycle).objectives[o].keyResults[k]
                        let said = "\(finding.rule): \(keyResult.keyResult.text) → \(rewrite)"
                        #expect(!again.findings.contains { $0.rule == finding.rule }, "still fires: \(said)")
                        Self.expectSameMeaning(keyResult.reading, again.reading, said)
                    }
                }
            }
        }
        #expect(offered > 40)
    }

    /// The direction (unless the original only names a level to reach), the metric and the unit are kept.
    static func expectSameMeaning(_ original: Reading, _ again: Reading, _ said: String) {
        if let direction = original.direction, direction != .achieve {
            #expect(again.direction == direction, "direction: \(said)")
        }
        if let metric = original.metric {
            #expect(again.metric?.lowercased() == metric.lowercased(), "metric: \(said)")
        }
        if let unit = original.unit, original.baseline != nil || original.target != nil {
            let named = again.unit == nil && (again.metric?.lowercased().hasSuffix(unit.lowercased()) ?? false)
            #expect(again.unit == unit || named, "unit: \(said)")
        }
    }

    /// Placeholders filled as `rewrites.py` fills them: values that move in the reading's direction, around its
    /// target when it states one.
    static func filled(_ rewrite: String, reading: Reading?) -> String {
        var low = "10", high = "20"
        if reading?.direction == .decrease { (low, high) = ("20", "10") }
        if !rewrite.contains("<target>"), let target = reading?.target, target > 0 {
            low = PlainNumber.text(reading?.direction == .decrease ? target * 2 : target / 2)
        }
        return rewrite.replacingOccurrences(of: "<today>", with: low).replacingOccurrences(of: "<target>", with: high)
            .replacingOccurrences(of: "<date>", with: "March 31, 2027")
    }

    /// A file of the test fixtures.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}
