@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// A session directory of its own for each test.
func temporaryStore(writer: AtomicFile = AtomicFile()) throws -> SessionStore {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("okr-store-\(UUID().uuidString)")
    return SessionStore(directory: DataDirectory(url: url), writer: writer)
}

/// A session with fixed ids, so two calls give equal values.
func sampleSession(named name: String = "team") -> Session {
    func id(_ n: Int) -> UUID { UUID(uuidString: "00000000-0000-4000-8000-00000000000\(n)")! }
    var session = Session(id: id(0), name: name, createdAt: Date(timeIntervalSince1970: 1_800_000_000.25),
                          team: "Growth", cycle: Cycle.parse("2027-Q1"))
    session.objectives = [
        Objective(id: id(1), text: "Delight our customers & partners <3", kind: .aspirational, keyResults: [
            KeyResult(id: id(2), text: "Raise NPS from 45 to 70 by Q3", confidence: 5, kpis: ["net-promoter-score"]),
            KeyResult(id: id(3), text: "Cut first response time from 6h to 1h"),
        ]),
        Objective(id: id(4), text: "Ship a reliable platform", kind: .committed),
    ]
    session.draft = DraftStep(.kpis, objective: id(1), kpiChoices: [KPIChoice(keyResult: id(2), kpi: "net-promoter-score")])
    return session
}

@Suite struct SessionStoreTests {
    @Test func savesAndLoadsTheSameSession() throws {
        let store = try temporaryStore()
        let session = sampleSession()
        try store.save(session, as: SessionName(session.name))
        #expect(try store.load(SessionName("team")) == session)
    }

    @Test func keepsThePreviousVersionAsBackup() throws {
        let store = try temporaryStore()
        var session = sampleSession()
        try store.save(session, as: SessionName(session.name))
        let first = try Data(contentsOf: store.url(for: SessionName("team")))
        session.objectives.removeLast()
        try store.save(session, as: SessionName(session.name))
        #expect(try Data(contentsOf: store.backupURL(for: SessionName("team"))) == first)
        #expect(try store.load(SessionName("team")).objectives.count == 1)
    }

    @Test func aCrashBeforeTheRenameLeavesTheOldFileWhole() throws {
        struct Crash: Error {}
        let healthy = try temporaryStore()
        try healthy.save(sampleSession(), as: SessionName("team"))
        let before = try Data(contentsOf: healthy.url(for: SessionName("team")))
        let crashing = SessionStore(directory: healthy.directory, writer: AtomicFile(beforeRename: { throw Crash() }))
        var changed = sampleSession()
        changed.objectives = []
        #expect(throws: StoreError.self) { try crashing.save(changed, as: SessionName("team")) }
        #expect(try Data(contentsOf: healthy.url(for: SessionName("team"))) == before)
        #expect(try healthy.load(SessionName("team")) == sampleSession())
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: healthy.directory.sessions.path)
        #expect(!leftovers.contains { $0.hasSuffix(".tmp") })
    }

    @Test func aTemporaryFileLeftByACrashIsIgnored() throws {
        let store = try temporaryStore()
        try store.save(sampleSession(), as: SessionName("team"))
        try Data("{ half".utf8).write(to: store.directory.sessions.appendingPathComponent(".team.json.123.9.tmp"))
        #expect(try store.list().map(\.name) == ["team"])
        #expect(try store.load(SessionName("team")) == sampleSession())
    }

    @Test(arguments: [
        ("not json at all", "not valid JSON at line 1"),
        ("{\n  \"schemaVersion\": 1,\n  \"name\": \"team\"", "it ends too early"),
        ("", "it ends too early"),
        ("[1, 2]", "expected a JSON object at the top"),
        ("{\"name\": \"team\"}", "missing \"schemaVersion\""),
        ("""
        {"schemaVersion": 1, "id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A11", "name": 7,
         "createdAt": "2027-01-01T00:00:00Z", "updatedAt": "2027-01-01T00:00:00Z", "objectives": []}
        """, "name: expected text"),
        ("""
        {"schemaVersion": 1, "id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A11", "name": "team",
         "createdAt": "2027-01-01T00:00:00Z", "updatedAt": "2027-01-01T00:00:00Z",
         "objectives": [{"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A12", "text": "x", "kind": "committed",
                         "keyResults": [{"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A13"}]}]}
        """, "objectives[0].keyResults[0].text: missing"),
    ])
    func unreadableFilesAreReportedAndLeftUntouched(content: String, expected: String) throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(at: store.directory.sessions, withIntermediateDirectories: true)
        let file = store.url(for: try SessionName("team"))
        try Data(content.utf8).write(to: file)
        do {
            _ = try store.load(SessionName("team"))
            Issue.record("loading should fail")
        } catch let error as StoreError {
            guard case .unreadable(let path, let problem, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == file.path)
            #expect(problem.contains(expected), "\(problem)")
        }
        #expect(try Data(contentsOf: file) == Data(content.utf8))
        #expect(throws: StoreError.alreadyExists("team")) { try store.create(SessionName("team"), at: Date()) }
        #expect(try Data(contentsOf: file) == Data(content.utf8))
    }

    @Test func aNewerFormatIsRefusedAndLeftUntouched() throws {
        let store = try temporaryStore()
        try FileManager.default.createDirectory(at: store.directory.sessions, withIntermediateDirectories: true)
        let file = store.url(for: try SessionName("future"))
        let bytes = Data("{\"schemaVersion\": 99, \"name\": \"future\", \"hologram\": true}".utf8)
        try bytes.write(to: file)
        #expect(throws: StoreError.newerVersion(file: file.path, found: 99, supported: Session.currentSchemaVersion)) {
            try store.load(SessionName("future"))
        }
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test(arguments: ["", "   ", "../etc", "a/b", "..", "...", ".hidden", "-rf", "tab\there", "nul\u{0}x",
                      "new\nline", String(repeating: "a", count: 65), "emoji 🎯", "back\\slash", "star*"])
    func hostileNamesAreRefused(name: String) {
        #expect(throws: SessionName.Problem.self) { try SessionName(name) }
    }

    @Test(arguments: ["team", "Team Q1 2027", "growth-okrs_v2.1", "équipe été", "チーム", String(repeating: "a", count: 64)])
    func ordinaryNamesAreAccepted(name: String) throws {
        #expect(try SessionName(name).value == name)
    }

    @Test func aSecondLockOnTheSameSessionNamesTheHolder() throws {
        let store = try temporaryStore()
        let name = try SessionName("shared")
        let first = try store.lock(name)
        #expect(throws: StoreError.locked(name: "shared", pid: getpid())) { try store.lock(name) }
        _ = first
        withExtendedLifetime(first) {}
    }

    @Test func theLockIsFreedWhenItsHolderGoes() throws {
        let store = try temporaryStore()
        let name = try SessionName("shared")
        do { _ = try store.lock(name) }
        let again = try store.lock(name)
        withExtendedLifetime(again) {}
    }

    @Test func listsSessionsAndFlagsUnreadableOnes() throws {
        let store = try temporaryStore()
        try store.save(sampleSession(named: "b"), as: SessionName("b"))
        try store.save(sampleSession(named: "a"), as: SessionName("a"))
        try Data("garbage".utf8).write(to: store.url(for: SessionName("c")))
        let list = try store.list()
        #expect(list.map(\.name) == ["a", "b", "c"])
        #expect((try? list[0].session.get())?.objectives.count == 2)
        if case .failure(.unreadable) = list[2].session {} else { Issue.record("c should be unreadable") }
    }

    @Test func renameMovesTheFileAndDeleteRemovesEverything() throws {
        let store = try temporaryStore()
        let session = sampleSession()
        try store.save(session, as: SessionName(session.name))
        try store.save(session, as: SessionName(session.name))
        let renamed = try store.rename(SessionName("team"), to: SessionName("team 2"), session: session)
        #expect(renamed.keptCopy == nil)
        #expect(try store.load(SessionName("team 2")).name == "team 2")
        #expect(!store.exists(try SessionName("team")))
        #expect(!FileManager.default.fileExists(atPath: store.backupURL(for: try SessionName("team")).path))
        #expect(try store.load(SessionName("team 2")).objectives == session.objectives)
        try store.delete(SessionName("team 2"))
        #expect(try store.list().isEmpty)
        #expect(throws: StoreError.notFound("team 2")) { try store.delete(SessionName("team 2")) }
    }
}

@Suite struct TimestampTests {
    @Test func writesUTCWithMillisecondsAndReadsItBack() throws {
        let date = Date(timeIntervalSince1970: 1_800_000_000.25)
        let text = Timestamp.format(date)
        #expect(text == "2027-01-15T08:00:00.250Z")
        let json = "{\"schemaVersion\":1,\"id\":\"6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A11\",\"name\":\"t\",\"objectives\":[],"
        for (stamp, seconds) in [("2027-01-15T08:00:00.250Z", 1_800_000_000.25), ("2027-01-15T08:00:00Z", 1_800_000_000),
                                 ("2027-01-15T10:00:00+02:00", 1_800_000_000)] {
            let session = try SessionCoding.decode(
                Data((json + "\"createdAt\":\"\(stamp)\",\"updatedAt\":\"\(stamp)\"}").utf8), file: "t.json")
            #expect(abs(session.createdAt.timeIntervalSince1970 - seconds) < 0.0005, "\(stamp)")
        }
        #expect(throws: StoreError.self) {
            try SessionCoding.decode(Data((json + "\"createdAt\":\"2027-02-30T08:00:00Z\",\"updatedAt\":\"x\"}").utf8), file: "t.json")
        }
    }
}
