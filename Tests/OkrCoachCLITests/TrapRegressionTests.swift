import CoachKit
import Foundation
import OKRKit
import Testing

/// Inputs that once trapped or wrote the wrong file, found by the session fuzzer; each runs through the real binary.
@Suite struct TrapRegressionTests {
    /// A saved session, as a JSON object to be broken in one place.
    static func sessionObject() throws -> [String: Any] {
        var session = Session(name: "fuzz", createdAt: Date(timeIntervalSince1970: 1_800_000_000))
        session.objectives = [Objective(text: "Make our support the reason customers stay", keyResults: [
            KeyResult(text: "Raise CSAT from 82% to 90%", confidence: 5),
        ])]
        return try JSONSerialization.jsonObject(with: SessionCoding.encode(session)) as? [String: Any] ?? [:]
    }

    /// A data directory holding `object` as `sessions/fuzz.json`; the file's path.
    static func home(with object: [String: Any]) throws -> (home: URL, file: URL) {
        let home = try Binary.temporaryHome()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let file = sessions.appendingPathComponent("fuzz.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        return (home, file)
    }

    @Test func aTimestampWithThirteenFractionDigitsReads() throws {
        var object = try Self.sessionObject()
        object["createdAt"] = "2027-01-15T08:00:00.1234567890123Z"
        let (home, file) = try Self.home(with: object)
        let before = try SessionFolder.snapshot(home)
        let open = try RunningBinary.run(["--session", "fuzz"], input: "/list\n", home: home)
        #expect(open.signal == nil)
        #expect(open.status == 0, "\(open.stderr)")
        #expect(open.stdout.contains("Raise CSAT from 82% to 90%"), "\(open.stdout)")
        let check = try RunningBinary.run(["check", file.path], home: home)
        #expect(check.signal == nil && check.status == 0)
        #expect(try SessionFolder.snapshot(home) == before)
    }

    @Test func aHugeConfidenceIsRefusedWithTheFieldNamed() throws {
        var object = try Self.sessionObject()
        var objectives = object["objectives"] as? [[String: Any]] ?? []
        var keyResults = objectives[0]["keyResults"] as? [[String: Any]] ?? []
        keyResults[0]["confidence"] = 1e300
        objectives[0]["keyResults"] = keyResults
        object["objectives"] = objectives
        let (home, file) = try Self.home(with: object)
        let before = try SessionFolder.snapshot(home)
        let run = try RunningBinary.run(["--session", "fuzz"], input: "/list\n", home: home)
        #expect(run.signal == nil)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path) cannot be read: objectives[0].keyResults[0].confidence"), "\(run.stderr)")
        #expect(try SessionFolder.snapshot(home) == before)
    }

    @Test func aSavedQuestionAboutAMissingKeyResultIsNotAskedOrAnswered() throws {
        var object = try Self.sessionObject()
        object["draft"] = ["question": "reviewKeyResult", "keyResultId": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A99"]
        let (home, file) = try Self.home(with: object)
        let run = try RunningBinary.run(["--session", "fuzz"], input: "ok\n/list\n", home: home)
        #expect(run.signal == nil, "\(run.stderr)")
        #expect(run.status == 0)
        #expect(try SessionCoding.decode(Data(contentsOf: file), file: file.path).objectives.count == 1)
    }

    @Test func aQuestionAboutADeletedObjectiveIsNotAnsweredIntoNothing() throws {
        let home = try Binary.temporaryHome()
        let script = "/new drafted\n\n\nMake our support the reason customers stay\nok\n/delete O1\nRaise NPS from 45 to 70\n/list\n"
        let run = try RunningBinary.run([], input: script, home: home)
        #expect(run.signal == nil, "\(run.stderr)")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Deleted O1"), "\(run.stdout)")
    }

    @Test func aSessionIsSavedToItsOwnFileWhateverNameItHolds() throws {
        var object = try Self.sessionObject()
        object["name"] = "other"
        let (home, file) = try Self.home(with: object)
        let other = home.appendingPathComponent("sessions/other.json")
        var otherObject = try Self.sessionObject()
        otherObject["name"] = "other"
        try JSONSerialization.data(withJSONObject: otherObject).write(to: other)
        let untouched = try Data(contentsOf: other)
        let run = try RunningBinary.run(["--session", "fuzz"], input: "/objective Become the team customers brag about\n", home: home)
        #expect(run.status == 0)
        #expect(try Data(contentsOf: other) == untouched, "another session's file is never written")
        let saved = try SessionCoding.decode(Data(contentsOf: file), file: file.path)
        #expect(saved.objectives.last?.text == "Become the team customers brag about")
        #expect(saved.name == "fuzz")
    }
}
