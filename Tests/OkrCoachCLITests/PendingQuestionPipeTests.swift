import Foundation
import Testing

/// The red team's scripts that crashed the coach (a question left pointing at a deleted or moved objective),
/// run through the real binary: each ends normally, and the file holds what the person meant.
@Suite struct PendingQuestionPipeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var script: [String]
        /// Objective texts, each followed by its key results, as saved.
        var saved: [[String]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "delete the objective under review, then type",
             script: ["/new s", "/objective Delight our customers", "/delete O1", "hello"], saved: []),
        Case(name: "delete the objective awaiting key results, then type one",
             script: ["/new s", "/objective A b c", "ok", "/delete O1", "Raise NPS from 10 to 20 by Q3"], saved: []),
        Case(name: "move the objective under review, then revise it",
             script: ["/new s", "/objective Alpha team grows fast", "/objective Beta team ships reliably",
                      "/move O2 1", "Beta team ships every week"],
             saved: [["Beta team ships every week"], ["Alpha team grows fast"]]),
        Case(name: "move the objective whose key result is under review, then revise it",
             script: ["/new s", "/objective Alpha team grows fast", "/kr Raise signups from 100 to 200 by Q3 (confidence 5/10)",
                      "/objective Beta team ships reliably", "/kr Cut incidents from 10 to 4 by Q3 (confidence 5/10)",
                      "/move O2 1", "Cut incidents from 10 to 2 by Q3"],
             saved: [["Beta team ships reliably", "Cut incidents from 10 to 2 by Q3"],
                     ["Alpha team grows fast", "Raise signups from 100 to 200 by Q3"]]),
    ]

    @Test(arguments: cases)
    func theScriptEndsNormallyAndSavesWhatWasMeant(_ test: Case) throws {
        let home = try Binary.temporaryHome()
        let run = try Binary.run([], input: test.script.joined(separator: "\n") + "\n", home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try savedTexts(home) == test.saved)
        // The saved session opens again, and any text is answered, not a crash.
        let again = try Binary.run([], input: "/open s\nRaise NPS from 10 to 20\n", home: home)
        #expect(again.status == 0, "\(again.stderr)")
    }

    private func savedTexts(_ home: URL) throws -> [[String]] {
        let data = try Data(contentsOf: home.appendingPathComponent("sessions/s.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let objectives = json?["objectives"] as? [[String: Any]] ?? []
        return objectives.map { objective in
            [objective["text"] as? String ?? ""]
                + (objective["keyResults"] as? [[String: Any]] ?? []).map { $0["text"] as? String ?? "" }
        }
    }
}
