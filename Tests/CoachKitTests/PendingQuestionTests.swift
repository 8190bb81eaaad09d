import CoachKit
import Foundation
import OKRKit
import Testing

/// A pending question follows what it is about when that moves, and is cancelled, with a word, when that is
/// deleted: the red team's reproductions crashed the coach or edited the other objective's key result.
@Suite struct PendingQuestionTests {
    /// Runs `lines` in a new session and returns the coach.
    private func coach(after lines: [String]) throws -> (Coach, URL) {
        let (coach, home) = try makeCoach()
        for line in ["/new pending"] + lines { _ = coach.handle(line) }
        return (coach, home)
    }

    private func texts(_ coach: Coach) -> [[String]] {
        coach.current?.session.objectives.map { [$0.text] + $0.keyResults.map(\.text) } ?? []
    }

    @Test func deletingTheObjectiveUnderReviewCancelsItsQuestion() throws {
        let (coach, _) = try coach(after: ["/objective Delight our customers"])
        #expect(coach.current?.session.draft?.question == .reviewObjective)
        let deleted = coach.handle("/delete O1").replies.map(\.plainText)
        #expect(deleted.last == "My question about O1 is cancelled: O1 was deleted. Type an objective or a key result, /list shows the set.")
        #expect(coach.current?.session.draft == nil)
        #expect(coach.handle("hello").replies.first?.plainText.hasPrefix("I read commands") == true)
        #expect(texts(coach).isEmpty)
    }

    @Test func deletingTheObjectiveAwaitingKeyResultsCancelsItsQuestion() throws {
        let (coach, _) = try coach(after: ["/objective A b c", "ok"])
        #expect(coach.current?.session.draft?.question == .keyResult)
        _ = coach.handle("/delete O1")
        _ = coach.handle("Raise NPS from 10 to 20 by Q3")
        #expect(texts(coach).isEmpty, "no key result lands anywhere")
    }

    @Test func aQuestionFollowsItsObjectiveWhenItMoves() throws {
        let (coach, _) = try coach(after: ["/objective Alpha team grows fast", "/objective Beta team ships reliably"])
        _ = coach.handle("/move O2 1")
        _ = coach.handle("Beta team ships every week without incidents")
        #expect(texts(coach) == [["Beta team ships every week without incidents"], ["Alpha team grows fast"]])
    }

    @Test func aRevisionFollowsItsKeyResultAcrossAMoveOfItsObjective() throws {
        let (coach, _) = try coach(after: [
            "/objective Alpha team grows fast", "/kr Raise signups from 100 to 200 by Q3 (confidence 5/10)",
            "/objective Beta team ships reliably", "/kr Cut incidents from 10 to 4 by Q3 (confidence 5/10)",
        ])
        #expect(coach.current?.session.draft?.question == .reviewKeyResult)
        _ = coach.handle("/move O2 1")
        let revised = coach.handle("Cut incidents from 10 to 2 by Q3").replies.map(\.plainText)
        #expect(texts(coach) == [
            ["Beta team ships reliably", "Cut incidents from 10 to 2 by Q3"],
            ["Alpha team grows fast", "Raise signups from 100 to 200 by Q3"],
        ], "the other objective's key result is untouched: \(revised)")
    }

    @Test func aFollowUpFollowsItsKeyResultIntoAnotherObjective() throws {
        let (coach, _) = try coach(after: [
            "/objective Alpha team grows fast", "/objective Beta team ships reliably", "/kr Cut incidents to 4",
        ])
        #expect(coach.current?.session.draft?.question == .baseline)
        _ = coach.handle("/move O2.KR1 O1")
        let merged = coach.handle("10").replies.map(\.plainText)
        #expect(merged.first == "Updated O1.KR1: Cut incidents from 10 to 4", "\(merged)")
        #expect(texts(coach) == [["Alpha team grows fast", "Cut incidents from 10 to 4"], ["Beta team ships reliably"]])
    }

    @Test func deletingTheKeyResultAskedAboutCancelsOnlyThatQuestion() throws {
        let (coach, _) = try coach(after: ["/objective Alpha team grows fast", "/kr Cut incidents by 50%"])
        let replies = coach.handle("/delete O1.KR1").replies.map(\.plainText)
        #expect(replies.last?.hasPrefix("My question about O1.KR1 is cancelled") == true)
        _ = coach.handle("10")
        #expect(texts(coach) == [["Alpha team grows fast"]])
    }

    @Test func undoBringsBackTheObjectiveAndItsQuestion() throws {
        let (coach, _) = try coach(after: ["/objective Delight our customers"])
        let pending = coach.current?.session.draft
        _ = coach.handle("/delete O1")
        _ = coach.handle("/undo")
        #expect(coach.current?.session.draft == pending)
        _ = coach.handle("Customers recommend us to their friends")
        #expect(texts(coach) == [["Customers recommend us to their friends"]])
    }

    @Test func suggestSaysWhenNoCatalogKPIMeasuresAKeyResultAndWhenAllAreLinked() throws {
        let (coach, _) = try coach(after: [
            "/objective Tell our story to the board", "/kr Write the annual report for the board", "ok",
            "/kr Raise NPS from 30 to 45 by Q3 (confidence 5/10)", "ok",
        ])
        #expect(coach.handle("/suggest O1.KR1").replies
            == [.say("No catalog KPI measures O1.KR1; watch the metric itself. /kpis TERMS searches the catalog.")])
        for _ in 0..<3 {
            let offered = coach.handle("/suggest O1.KR2").replies.compactMap { reply -> Int? in
                if case .rows(let rows) = reply { rows.count } else { nil }
            }
            guard let count = offered.first else { break }
            _ = coach.handle((1...count).map(String.init).joined(separator: " "))
        }
        #expect(coach.current?.session.objectives[0].keyResults[1].kpis.first == "net-promoter-score")
        #expect(coach.handle("/suggest O1.KR2").replies
            == [.say("O1.KR2 already watches every KPI the catalog suggests for it. /kpis TERMS searches the catalog.")])
    }

    @Test func kpiNumbersLinkToTheirKeyResultWhereverItMoved() throws {
        let (coach, _) = try coach(after: [
            "/objective Alpha team grows fast", "/objective Support is the reason customers stay",
            "/kr Raise CSAT from 82% to 90% by Q3 (confidence 5/10)", "ok",
        ])
        _ = coach.handle("/suggest O2.KR1")
        _ = coach.handle("/move O2 1")
        let linked = coach.handle("1").replies.map(\.plainText)
        #expect(linked.first?.hasSuffix("→ O1.KR1).") == true, "\(linked)")
        #expect(coach.current?.session.objectives[0].keyResults[0].kpis.count == 1)
        #expect(coach.current?.session.objectives[1].keyResults.isEmpty == true)
    }

    @Test func theObjectiveInFocusStaysInFocusWhenAnotherIsDeletedOrAMoveUndone() throws {
        let (coach, _) = try coach(after: [
            "/objective Alpha team grows fast", "/objective Beta team ships reliably", "/objective Gamma team hires well",
            "/kr Hire 5 engineers by Q3 (confidence 5/10)", "ok",
        ])
        _ = coach.handle("/delete O1")
        _ = coach.handle("/kr Cut time to hire from 60 to 40 days by Q3 (confidence 5/10)")
        _ = coach.handle("/confidence KR1 9")
        #expect(texts(coach) == [
            ["Beta team ships reliably"],
            ["Gamma team hires well", "Hire 5 engineers by Q3", "Cut time to hire from 60 to 40 days by Q3"],
        ])
        #expect(coach.current?.session.objectives[1].keyResults[0].confidence == 9)
        _ = coach.handle("/move O2 1")
        _ = coach.handle("/undo")
        _ = coach.handle("/kr Raise offer acceptance from 70% to 85% by Q3")
        #expect(coach.current?.session.objectives[1].keyResults.count == 3, "\(texts(coach))")
    }

    @Test func editingAKeyResultAsksItsQuestionsAgainOfTheNewWording() throws {
        let (coach, _) = try coach(after: ["/objective Make onboarding effortless", "/kr Reduce first response time by 50%"])
        #expect(coach.current?.session.draft?.question == .baseline)
        let edited = coach.handle("/edit O1.KR1 Launch the new onboarding email campaign").replies.map(\.plainText)
        #expect(coach.current?.session.draft?.question == .outcome, "a launch is asked what it should change: \(edited)")
        _ = coach.handle("")
        #expect(coach.current?.session.draft?.question == .deadline, "no baseline to ask of a launch, but a date")
        _ = coach.handle("6 hours")
        let texts = coach.current?.session.objectives.flatMap { $0.keyResults.map(\.text) } ?? []
        #expect(!texts.contains { $0.contains("<") }, "no placeholder is ever saved: \(texts)")
    }

    @Test func kpiNumbersForADeletedKeyResultLinkNothing() throws {
        let (coach, _) = try coach(after: ["/objective Support is the reason customers stay", "/kr Raise CSAT from 82% to 90% by Q3 (confidence 5/10)", "ok"])
        _ = coach.handle("/suggest O1.KR1")
        _ = coach.handle("/delete O1.KR1")
        #expect(coach.handle("1").replies == [.warning("Nothing linked: the key results those KPIs were offered for were deleted. /suggest offers KPIs again.")])
    }

    @Test func kpiNumbersOfferedInOneSessionAreNotReadInAnother() throws {
        let (coach, _) = try coach(after: ["/objective Support is the reason customers stay", "/kr Raise CSAT from 82% to 90% by Q3 (confidence 5/10)", "ok"])
        _ = coach.handle("/suggest O1.KR1")
        _ = coach.handle("/new other")
        #expect(coach.handle("2027-Q1").replies.first?.plainText.hasPrefix("Cycle 2027-Q1") == true, "the new session's question is answered")
    }

    @Test func aSavedQuestionAboutSomethingGoneIsNotAskedOnOpen() throws {
        let (coach, home) = try coach(after: ["/objective Delight our customers"])
        _ = coach.finish()
        let file = home.appendingPathComponent("sessions/pending.json")
        var session = try SessionCoding.decode(Data(contentsOf: file), file: file.path)
        session.objectives = []
        try SessionCoding.encode(session).write(to: file)

        let (reopened, _) = try makeCoach(home: home)
        let replies = reopened.handle("/open pending").replies.map(\.plainText)
        #expect(!replies.contains { $0.hasPrefix("Resuming") }, "\(replies)")
        #expect(reopened.handle("hello").replies.first?.plainText.hasPrefix("I read commands") == true)
    }

    @Test(arguments: [
        #"{"schemaVersion": 1, "draft": {"question": "kpis", "objective": 0, "choices": ["5:net-promoter-score"]}}"#,
        #"{"schemaVersion": 2, "draft": {"question": "kpis", "objectiveId": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A12", "kpiChoices": []}}"#,
        #"{"schemaVersion": 2, "draft": {"question": "kpis", "objectiveId": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A12"}}"#,
    ])
    func kpiChoicesWithNothingOfferedAreNotAskedAndANumberIsHarmless(draft: String) throws {
        let (_, home) = try makeCoach()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        var object = try #require(JSONSerialization.jsonObject(with: Data(draft.utf8)) as? [String: Any])
        object.merge([
            "id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A11", "name": "kpis", "createdAt": "2026-01-01T00:00:00.000Z",
            "updatedAt": "2026-01-01T00:00:00.000Z",
            "objectives": [["id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A12", "text": "Support is the reason customers stay",
                            "kind": "aspirational", "keyResults": []]],
        ]) { old, _ in old }
        try JSONSerialization.data(withJSONObject: object).write(to: sessions.appendingPathComponent("kpis.json"))
        let (coach, _) = try makeCoach(home: home)
        let opened = coach.handle("/open kpis").replies.map(\.plainText)
        #expect(!opened.contains { $0.hasPrefix("Resuming") }, "\(opened)")
        _ = coach.handle("1")
        #expect(coach.current?.session.objectives.count == 1)
    }

    @Test func aVersionOneFileResumesTheQuestionAboutTheSameKeyResult() throws {
        let (_, home) = try makeCoach()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let version1 = """
            {"schemaVersion": 1, "id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A11", "name": "old",
             "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z",
             "objectives": [
               {"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A12", "text": "Alpha team grows fast", "kind": "aspirational",
                "keyResults": []},
               {"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A13", "text": "Beta team ships reliably", "kind": "aspirational",
                "keyResults": [{"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A14", "text": "Cut incidents to 4"}]}],
             "draft": {"question": "baseline", "objective": 1, "keyResult": 0}}
            """
        try Data(version1.utf8).write(to: sessions.appendingPathComponent("old.json"))
        let (coach, _) = try makeCoach(home: home)
        let replies = coach.handle("/open old").replies.map(\.plainText)
        #expect(replies.last == "How many incidents are there today? A number is enough (for example 40). Press Enter to skip.")
        #expect(coach.handle("10").replies.first == .success("Updated O2.KR1: Cut incidents from 10 to 4"))
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: sessions.appendingPathComponent("old.json"))) as? [String: Any]
        #expect(saved?["schemaVersion"] as? Int == Session.currentSchemaVersion)
    }
}
