import CoachKit
import Foundation
import OKRKit
import Testing

/// A file written by a version-1 build opens, takes a check-in, and is written back as the current version with
/// nothing lost; the version-1 bytes are kept beside it as `NAME.json.v1.bak`, however many saves follow.
@Suite struct SessionMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/version-1-session.json")

    @Test func aVersionOneFileTakesACheckInAndKeepsEverything() throws {
        let clock = Clock()
        clock.set(CalendarDay(year: 2026, month: 11, day: 12)!)
        let (_, home) = try makeCoach()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let original = try Data(contentsOf: Self.fixture)
        let file = sessions.appendingPathComponent("support-q4.json")
        try original.write(to: file)

        let (coach, _) = try makeCoach(home: home, clock: clock)
        let opened = coach.handle("/open support-q4").replies.map(\.plainText)
        // The version-1 draft pointed at the second key result by position; it resumes there.
        #expect(opened.last?.hasPrefix("How confident are you that O1.KR2") == true, "\(opened)")
        _ = coach.handle("/checkin O1.KR1")
        let recorded = coach.handle("5 hours").replies.map(\.plainText)
        #expect(recorded.first == "Recorded 5 hours for O1.KR1.")
        _ = coach.handle("7")
        _ = coach.handle("Triage bot live")

        #expect(try Data(contentsOf: file.appendingPathExtension("v1.bak")) == original)
        let saved = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let old = try #require(JSONSerialization.jsonObject(with: original) as? [String: Any])
        #expect(saved["schemaVersion"] as? Int == Session.currentSchemaVersion)
        for key in ["id", "name", "createdAt", "team"] { #expect(saved[key] as? String == old[key] as? String, "\(key)") }
        #expect(saved["cycle"] as? NSDictionary == old["cycle"] as? NSDictionary)
        let keyResults = try #require(((saved["objectives"] as? [[String: Any]])?.first?["keyResults"]) as? [[String: Any]])
        let oldKeyResults = try #require(((old["objectives"] as? [[String: Any]])?.first?["keyResults"]) as? [[String: Any]])
        for (new, was) in zip(keyResults, oldKeyResults) {
            for key in ["id", "text"] { #expect(new[key] as? String == was[key] as? String) }
            #expect(new["kpis"] as? [String] == was["kpis"] as? [String])
        }
        let checkIns = try #require(keyResults[0]["checkIns"] as? [[String: Any]])
        #expect(checkIns.count == 1)
        #expect(checkIns[0]["date"] as? String == "2026-11-12")
        #expect(checkIns[0]["value"] as? Double == 5)
        #expect(checkIns[0]["confidence"] as? Double == 7)
        #expect(checkIns[0]["note"] as? String == "Triage bot live")
        #expect(keyResults[1]["checkIns"] == nil, "a key result never checked in gains no key")
        // The draft's question survives the walk, now pointing by id.
        let draft = try #require(saved["draft"] as? [String: Any])
        #expect(draft["keyResultId"] as? String == "3E6B9F4D-8A5C-4B1E-8F0D-4C5D6E7F8091")
    }

    @Test func deletingAnUpgradedSessionRemovesItsFormatCopy() throws {
        let (_, home) = try makeCoach()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let file = sessions.appendingPathComponent("support-q4.json")
        try Data(contentsOf: Self.fixture).write(to: file)
        let (coach, _) = try makeCoach(home: home)
        _ = coach.handle("/open support-q4")
        _ = coach.handle("/team Help desk")
        #expect(FileManager.default.fileExists(atPath: file.path + ".v1.bak"))
        _ = coach.handle("/new other")
        _ = coach.handle("/delete support-q4")
        _ = coach.handle("yes")
        let left = try FileManager.default.contentsOfDirectory(atPath: sessions.path).filter { $0.hasPrefix("support-q4") }
        #expect(left.isEmpty, "\(left)")
    }
}

/// A walk in a file edited by hand that points at nothing, or pairs a question with the wrong walk, is not resumed.
@Suite struct HandEditedWalkTests {
    @Test(arguments: [
        (#""walk" : "checkin""#, #""walk" : "grade""#),
        (#""keyResultId" : "00000000-0000-4000-8000-000000000003""#, #""keyResultId" : "00000000-0000-4000-8000-00000000000f""#),
    ])
    func aWalkThatCannotBeAskedIsDropped(field: String, value: String) throws {
        let (_, home) = try makeCoach()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        var session = SessionSchemaTests.tracked()
        session.name = "edited"
        let json = try #require(String(data: SessionCoding.encode(session), encoding: .utf8))
        #expect(json.contains(field))
        try Data(json.replacingOccurrences(of: field, with: value).utf8).write(to: sessions.appendingPathComponent("edited.json"))
        let (coach, _) = try makeCoach(home: home)
        let replies = coach.handle("/open edited").replies.map(\.plainText)
        #expect(coach.current?.session.walk == nil, "\(replies)")
        #expect(!replies.contains { $0.contains("Value today?") })
    }
}
