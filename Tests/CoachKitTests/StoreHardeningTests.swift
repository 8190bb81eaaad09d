@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// The session store against hostile files and names: each case here once trapped, aliased or wrote the wrong file.
@Suite struct StoreHardeningTests {
    /// A session file's JSON with one field replaced (`"createdAt": "…"`), as another program could write it.
    private func sessionJSON(replacing field: String = "\"team\"", with value: String = "\"team\"") throws -> String {
        let text = String(decoding: try SessionCoding.encode(sampleSession()), as: UTF8.self)
        return text.replacingOccurrences(of: field, with: value)
    }

    @Test(arguments: [
        ("2026-12-03T13:55:10.2147483648Z", 1_796_306_110.2147483648),
        ("2026-12-03T13:55:10.9999999999999999999999999999Z", 1_796_306_110.999999999),
        ("2026-12-03T13:55:10.000000000000000000000000000001Z", 1_796_306_110),
    ])
    func anyNumberOfFractionDigitsReads(stamp: String, seconds: Double) throws {
        let json = try sessionJSON(replacing: "\"2027-01-15T08:00:00.250Z\"", with: "\"\(stamp)\"")
        let session = try SessionCoding.decode(Data(json.utf8), file: "t.json")
        #expect(abs(session.createdAt.timeIntervalSince1970 - seconds) < 0.000_01)
    }

    @Test(arguments: ["2026-12-03T13:55:10.2147483648+02:00", "2026-12-03T13:55:10.21474836x8Z", "2026-12-03T13:55:10.Z"])
    func otherLongFractionsAreReadOrRefusedWithTheField(stamp: String) throws {
        let json = try sessionJSON(replacing: "\"2027-01-15T08:00:00.250Z\"", with: "\"\(stamp)\"")
        do {
            _ = try SessionCoding.decode(Data(json.utf8), file: "t.json")
        } catch {
            guard case .unreadable(_, let problem, _) = error else { throw error }
            #expect(problem.hasPrefix("createdAt: expected a date"), "\(problem)")
        }
    }

    @Test(arguments: [
        ("\"confidence\" : 5", "\"confidence\" : 11", "objectives[0].keyResults[0].confidence: 11 is outside 0–10"),
        ("\"confidence\" : 5", "\"confidence\" : -5", "objectives[0].keyResults[0].confidence: -5 is outside 0–10"),
        ("\"confidence\" : 5", "\"confidence\" : 1e19", "objectives[0].keyResults[0].confidence: 1e+19 is outside 0–10"),
        ("\"schemaVersion\" : \(Session.currentSchemaVersion)", "\"schemaVersion\" : 0", "schemaVersion: 0 is not a format okr-coach writes (1 or more)"),
        ("\"end\" : \"2027-03-31\"", "\"end\" : \"2026-03-31\"", "cycle: it ends (2026-03-31) before it starts (2027-01-01)"),
    ])
    func valuesNoPersonCouldTypeAreRefusedWithTheField(field: String, value: String, expected: String) throws {
        let json = try sessionJSON(replacing: field, with: value)
        #expect(json.contains(value))
        #expect(throws: StoreError.unreadable(file: "t.json", problem: expected, backup: nil)) {
            try SessionCoding.decode(Data(json.utf8), file: "t.json")
        }
    }

    @Test(arguments: [
        ("\"confidence\" : 6", "\"confidence\" : 12", "objectives[0].keyResults[0].checkIns[0].confidence: 12 is outside 0–10"),
        ("\"date\" : \"2027-02-19\"", "\"date\" : \"2027-02-12\"",
         "objectives[0].keyResults[0].checkIns[1].date: 2027-02-12 is not after the check-in before it"),
        ("\"score\" : 0.8", "\"score\" : 8", "objectives[0].keyResults[0].givenScore.score: 8 is outside 0–1"),
    ])
    func checkInsNoPersonCouldTypeAreRefusedWithTheField(field: String, value: String, expected: String) throws {
        let json = try #require(String(data: SessionCoding.encode(SessionSchemaTests.tracked()), encoding: .utf8))
        #expect(json.contains(field))
        #expect(throws: StoreError.unreadable(file: "t.json", problem: expected, backup: nil)) {
            try SessionCoding.decode(Data(json.replacingOccurrences(of: field, with: value).utf8), file: "t.json")
        }
    }

    @Test(arguments: [
        (#""\ud800""#, #"at line 1, column 11: \ud800 is the first half of a surrogate pair"#),
        (#""ok \udc00""#, #"at line 1, column 14: \udc00 is the second half of a surrogate pair"#),
        (#""\uD83D\u0041""#, #"at line 1, column 11: \uD83D is the first half"#),
        (#""\u12""#, #"at line 1, column 11: \u must be followed by four hex digits"#),
    ])
    func aBrokenEscapeIsPlacedNotCalledTruncated(value: String, expected: String) {
        let json = "{\"name\": " + value + "}"
        #expect(throws: StoreError.self) { try SessionCoding.decode(Data(json.utf8), file: "t.json") }
        do {
            _ = try SessionCoding.decode(Data(json.utf8), file: "t.json")
        } catch {
            guard case .unreadable(_, let problem, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(problem.contains(expected), "\(problem)")
            #expect(!problem.contains("truncated"))
        }
    }

    @Test func aPairedSurrogateEscapeReads() throws {
        let json = try sessionJSON(replacing: "\"Growth\"", with: #""Growth \uD83C\uDFAF""#)
        #expect(try SessionCoding.decode(Data(json.utf8), file: "t.json").team == "Growth 🎯")
    }

    @Test func theFileNameIsTheIdentityNotTheNameInside() throws {
        let store = try temporaryStore()
        try store.save(sampleSession(named: "alpha"), as: SessionName("alpha"))
        let alpha = try Data(contentsOf: store.url(for: SessionName("alpha")))
        try alpha.write(to: store.url(for: SessionName("beta")))
        var beta = try store.loadVersion(SessionName("beta"))
        #expect(beta.session.name == "beta")
        beta.session.objectives.removeAll()
        try store.save(beta.session, as: SessionName("beta"), expected: beta.version)
        #expect(try Data(contentsOf: store.url(for: SessionName("alpha"))) == alpha)
        #expect(try store.load(SessionName("beta")).objectives.isEmpty)
    }

    @Test func composedAndDecomposedSpellingsAreOneName() throws {
        let composed = try SessionName("caf\u{E9}"), decomposed = try SessionName("cafe\u{301}")
        #expect(composed == decomposed)
        #expect(decomposed.value.unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9])
        #expect(composed.fileName.utf8.elementsEqual(decomposed.fileName.utf8))
        #expect(!composed.spells("cafe\u{301}"))
    }

    @Test func aDecomposedFileIsListedWithItsProblemAndNeverOpenedAsTheComposedName() throws {
        let store = try temporaryStore()
        try store.save(sampleSession(named: "x"), as: SessionName("x"))
        let nfd = store.directory.sessions.appendingPathComponent("cafe\u{301}.json")
        try Data(contentsOf: store.url(for: SessionName("x"))).write(to: nfd)
        #expect(store.names().map(\.value) == ["x"])
        let listed = try #require(try store.list().first { $0.name.unicodeScalars.count == 5 })
        #expect(listed.session == .failure(.nonCanonicalName(file: nfd.path)))
        #expect(throws: StoreError.nonCanonicalName(file: nfd.path)) { try store.load(SessionName("caf\u{E9}")) }
        #expect(throws: StoreError.nonCanonicalName(file: nfd.path)) { try store.lockExisting(SessionName("caf\u{E9}")) }
    }

    @Test(arguments: [
        (String(repeating: "𝕏", count: 64), SessionName.Problem.tooManyBytes(256)),
        ("a" + String(repeating: "\u{301}", count: 300), .tooManyBytes(600)),
        (String(repeating: "é", count: 101), .tooLong(101)),
        ("team\u{200D}q1", .invisibleCharacter("\u{200D}")),
        ("team\u{FE0F}", .invisibleCharacter("\u{FE0F}")),
        ("a\u{200B}b", .invisibleCharacter("\u{200B}")),
        ("a\u{E0100}", .invisibleCharacter("\u{E0100}")),
        ("x\u{2066}y", .invisibleCharacter("\u{2066}")),
        ("\u{301}team", .leadingMark("\u{301}")),
        ("a\u{1}b", .forbiddenCharacter("\u{1}")),
    ])
    func lookAlikeAndOverlongNamesAreRefused(name: String, problem: SessionName.Problem) {
        #expect(throws: problem) { try SessionName(name) }
    }

    @Test func aNameAtTheByteLimitMakesEveryFileItNeeds() throws {
        let name = try SessionName(String(repeating: "𝕏", count: 50))
        #expect(name.value.utf8.count == SessionName.maximumBytes)
        let store = try temporaryStore()
        var session = sampleSession(named: name.value)
        let first = try store.save(session, as: name)
        session.objectives.removeLast()
        try store.save(session, as: name, expected: first.version)
        let lock = try store.lockExisting(name)
        withExtendedLifetime(lock) {}
        #expect(try store.load(name).objectives.count == 1)
        #expect(FileManager.default.fileExists(atPath: store.backupURL(for: name).path))
    }

    @Test func aLockPathThatIsALinkIsRefusedAndItsTargetUntouched() throws {
        let store = try temporaryStore()
        try AtomicFile.makeDirectory(store.directory.sessions)
        let victim = store.directory.url.appendingPathComponent("victim")
        try Data("precious\n".utf8).write(to: victim)
        let lockPath = store.directory.sessions.appendingPathComponent(".x.json.lock").path
        #expect(symlink(victim.path, lockPath) == 0)
        #expect(throws: StoreError.symbolicLink(path: lockPath)) { try store.lock(SessionName("x")) }
        unlink(lockPath)
        #expect(link(victim.path, lockPath) == 0)
        #expect(throws: StoreError.notPlainFile(path: lockPath)) { try store.lock(SessionName("x")) }
        #expect(try Data(contentsOf: victim) == Data("precious\n".utf8))
    }

    @Test func aSessionThatDoesNotExistGetsNoLockFile() throws {
        let store = try temporaryStore()
        try AtomicFile.makeDirectory(store.directory.sessions)
        #expect(throws: StoreError.notFound("nosuch")) { try store.lockExisting(SessionName("nosuch")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.sessions.path).isEmpty)
    }

    @Test(arguments: ["team.json", "team.json.bak"])
    func aLinkedSessionOrBackupIsNeitherReadNorWrittenThrough(linked: String) throws {
        let store = try temporaryStore()
        let name = try SessionName("team")
        try store.save(sampleSession(), as: name)
        let victim = store.directory.url.appendingPathComponent("victim")
        let victimBytes = try SessionCoding.encode(sampleSession(named: "victim"))
        try victimBytes.write(to: victim)
        let path = store.directory.sessions.appendingPathComponent(linked).path
        unlink(path)
        #expect(symlink(victim.path, path) == 0)
        if linked == "team.json" {
            #expect(throws: StoreError.symbolicLink(path: path)) { try store.load(name) }
        }
        #expect(throws: StoreError.symbolicLink(path: path)) { try store.save(sampleSession(), as: name) }
        #expect(try Data(contentsOf: victim) == victimBytes)
        var status = stat()
        #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK, "the link itself is left alone")
    }

    @Test func aFailedReadSaysReadWithTheSystemsReason() throws {
        #expect(throws: StoreError.readFailed(path: "/proc/self/mem", reason: "Input/output error")) {
            try PlainFile.read("/proc/self/mem")
        }
        #expect(throws: StoreError.notPlainFile(path: "/tmp")) { try PlainFile.read("/tmp") }
    }

    @Test func aChangeByAnotherProgramIsKeptAsACopyBesideTheFile() throws {
        let store = try temporaryStore()
        let name = try SessionName("team")
        let saved = try store.save(sampleSession(), as: name)
        var theirs = sampleSession()
        theirs.team = "Edited elsewhere"
        let theirBytes = try SessionCoding.encode(theirs)
        try theirBytes.write(to: store.url(for: name))
        let modified = Date(timeIntervalSince1970: 1_796_307_302)  // 2026-12-03 14:15:02 UTC
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: store.url(for: name).path)

        var ours = sampleSession()
        ours.team = "Ours"
        let second = try store.save(ours, as: name, expected: saved.version)
        #expect(second.keptCopy?.value == "team-edited-20261203-141502")
        #expect(try store.load(name).team == "Ours")
        let copy = try #require(second.keptCopy)
        #expect(try Data(contentsOf: store.url(for: copy)) == theirBytes)
        #expect(try store.load(copy).team == "Edited elsewhere")
        #expect(store.names().map(\.value) == ["team", "team-edited-20261203-141502"])

        // Unchanged since the last save: no copy.
        let third = try store.save(ours, as: name, expected: second.version)
        #expect(third.keptCopy == nil)
        // Changed again at the same second: a second copy, not the first overwritten.
        try theirBytes.write(to: store.url(for: name))
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: store.url(for: name).path)
        #expect(try store.save(ours, as: name, expected: third.version).keptCopy?.value == "team-edited-20261203-141502-2")
        #expect(try Data(contentsOf: store.url(for: copy)) == theirBytes)
    }

    @Test func anyDateIsWrittenWithoutTrapping() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1e300)) == "9999-12-31T23:59:59.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1e300)) == "0001-01-01T00:00:00.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_796_307_302.25)) == "2026-12-03T14:15:02.250Z")
    }

    @Test func aChangedFileWithAnImpossibleTimeIsKeptUnderTodaysDate() throws {
        let store = try temporaryStore()
        let name = try SessionName("team")
        let saved = try store.save(sampleSession(), as: name)
        var theirs = sampleSession()
        theirs.team = "Edited elsewhere"
        try SessionCoding.encode(theirs).write(to: store.url(for: name))
        var times = [timespec(tv_sec: Int.max / 2, tv_nsec: 0), timespec(tv_sec: Int.max / 2, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, store.url(for: name).path, &times, 0) == 0)
        let copy = try #require(try store.save(sampleSession(), as: name, expected: saved.version).keptCopy)
        let today = Timestamp.format(Date()).prefix(10).filter(\.isNumber)
        #expect(copy.value.hasPrefix("team-edited-\(today)"), "\(copy.value)")
    }

    @Test func aTouchOrTheSameBytesRewrittenIsNoChange() throws {
        let store = try temporaryStore()
        let name = try SessionName("team")
        let saved = try store.save(sampleSession(), as: name)
        let file = store.url(for: name)
        // A sync tool writes the same bytes back as a new file, later.
        let same = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)
        try same.write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_900_000_000)], ofItemAtPath: file.path)
        var ours = sampleSession()
        ours.team = "Ours"
        #expect(try store.save(ours, as: name, expected: saved.version).keptCopy == nil)
        #expect(store.names().map(\.value) == ["team"])
        #expect(try store.load(name).team == "Ours")
    }

    @Test func renamingKeepsAChangeByAnotherProgramToTheOldFile() throws {
        let store = try temporaryStore()
        let old = try SessionName("team"), new = try SessionName("crew")
        let saved = try store.save(sampleSession(), as: old)
        var theirs = sampleSession()
        theirs.team = "Edited elsewhere"
        try SessionCoding.encode(theirs).write(to: store.url(for: old))
        let renamed = try store.rename(old, to: new, session: sampleSession(), expected: saved.version)
        let copy = try #require(renamed.keptCopy)
        #expect(copy.value.hasPrefix("team-edited-"))
        #expect(try store.load(copy).team == "Edited elsewhere")
        #expect(try store.load(new).team == "Growth")
        #expect(!store.exists(old))
    }

    @Test func aCopyOfALongNameStaysAValidName() throws {
        let store = try temporaryStore()
        let name = try SessionName(String(repeating: "𝕏", count: 50))
        let saved = try store.save(sampleSession(), as: name)
        try Data(try SessionCoding.encode(sampleSession(named: "other"))).write(to: store.url(for: name))
        let copy = try #require(try store.save(sampleSession(), as: name, expected: saved.version).keptCopy)
        #expect(copy.value.utf8.count <= SessionName.maximumBytes)
        #expect(try store.load(copy).objectives.count == 2)
    }

    @Test func openingASessionRemovesOnlyItsOwnStaleTemporaryFiles() throws {
        let store = try temporaryStore()
        try store.save(sampleSession(), as: SessionName("team"))
        let sessions = store.directory.sessions
        let stale = [".team.json.123.456.tmp", "team.json.bak.tmp"]
        let kept = [".teams.json.1.2.tmp", ".team.json.x.2.tmp", ".team.json.lock", "team.json", ".other.json.1.2.tmp"]
        for file in stale + kept where file != "team.json" && file != ".team.json.lock" {
            try Data("{ half".utf8).write(to: sessions.appendingPathComponent(file))
        }
        try FileManager.default.createDirectory(at: sessions.appendingPathComponent(".team.json.7.8.tmp"), withIntermediateDirectories: false)
        let lock = try store.lockExisting(SessionName("team"))
        withExtendedLifetime(lock) {}
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: sessions.path))
        #expect(left.isDisjoint(with: stale))
        #expect(left.isSuperset(of: kept + [".team.json.7.8.tmp"]), "\(left)")
    }
}
