import Foundation
import OKRKit
import Testing

/// kr-activity on a hand-labelled set written from the rule's definition (issue 12), not from its code: key
/// results that name work, deliverables or effort (`ActivityLabels/activities.txt`) and key results that name a
/// result (`ActivityLabels/outcomes.txt`), across sales, support, engineering, HR, finance, non-profit, education,
/// health and manufacturing.
@Suite struct ActivityLabelledTests {
    static let engine = CheckEngine(catalog: .standard.only(["kr-activity"]))

    static func sentences(_ file: String) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ActivityLabels/\(file)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    static func fires(on sentence: String) -> Bool {
        let example = RuleExample.keyResult(sentence)
        return engine.check(example.objectives, cycle: example.cycle).allFindings.contains { $0.rule == "kr-activity" }
    }

    @Test func catchesAtLeastNinetyPercentOfActivities() throws {
        let activities = try Self.sentences("activities.txt")
        #expect(activities.count >= 150)
        let missed = activities.filter { !Self.fires(on: $0) }
        let caught = activities.count - missed.count
        #expect(caught * 10 >= activities.count * 9, "caught \(caught) of \(activities.count); missed:\n\(missed.joined(separator: "\n"))")
    }

    @Test func neverFiresOnAnOutcome() throws {
        let outcomes = try Self.sentences("outcomes.txt")
        #expect(outcomes.count >= 250)
        let wrong = outcomes.filter(Self.fires)
        #expect(wrong.isEmpty, "fired on \(wrong.count) of \(outcomes.count) outcomes:\n\(wrong.joined(separator: "\n"))")
    }
}
