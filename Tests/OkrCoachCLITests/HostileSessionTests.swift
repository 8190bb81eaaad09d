import Foundation
import Testing

/// One attack on the session store through the real binary: files planted in the data directory, a run, and what
/// must be said and left on disk.
struct HostileCase: CustomTestStringConvertible, Sendable {
    let label: String
    /// Plants files under the data directory before the run.
    var plant: @Sendable (Planted) throws -> Void = { _ in }
    /// The command line; `HOME` in an argument is replaced by the data directory.
    var arguments: [String] = []
    var input = ""
    var status: Int32 = 0
    /// Words the run must print (standard output and error together); `HOME` is the data directory.
    var said: [String] = []
    /// Words it must not print.
    var never: [String] = []
    /// What must hold on disk afterwards.
    var check: @Sendable (Planted) throws -> Void = { _ in }

    var testDescription: String { label }
}

/// The data directory of one run, with the files the cases plant.
struct Planted: Sendable {
    let home: URL
    var sessions: URL { home.appendingPathComponent("sessions") }
    /// A file outside the sessions folder that links planted there point to; it must never change.
    var victim: URL { home.appendingPathComponent("victim") }
    static let victimBytes = Data("precious, not a session\n".utf8)

    func path(_ file: String) -> String { sessions.appendingPathComponent(file).path }
    func bytes(_ file: String) throws -> Data { try Data(contentsOf: sessions.appendingPathComponent(file)) }
    func exists(_ file: String) -> Bool {
        var status = stat()
        return lstat(path(file), &status) == 0
    }

    /// A session file as another program could write it.
    func session(_ file: String, name: String = "alpha", createdAt: String = "2026-12-03T13:55:10.250Z",
                 confidence: String = "5", schemaVersion: String = "1") throws {
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let json = """
            {"schemaVersion": \(schemaVersion), "id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A11", "name": "\(name)",
             "createdAt": "\(createdAt)", "updatedAt": "2026-12-03T13:55:10.250Z",
             "objectives": [{"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A12", "text": "Make support the reason customers stay",
                             "kind": "aspirational", "keyResults": [{"id": "6F1E0C52-1D4B-4C44-9A53-7C1B9D1F0A13",
                             "text": "Raise CSAT from 82% to 90%", "confidence": \(confidence)}]}]}
            """
        try Data(json.utf8).write(to: sessions.appendingPathComponent(file))
    }

    /// The victim, and the sessions folder.
    func makeVictim() throws {
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        try Planted.victimBytes.write(to: victim)
    }

    /// The victim, and a symbolic link to it at `file`.
    func link(_ file: String) throws {
        try makeVictim()
        try FileManager.default.createSymbolicLink(atPath: path(file), withDestinationPath: victim.path)
    }

    func victimIsUntouched() throws {
        #expect(try Data(contentsOf: victim) == Planted.victimBytes)
    }
}

@Suite struct HostileSessionTests {
    static let longFraction = "2026-12-03T13:55:10.2147483648Z"
    static let nfd = "cafe\u{301}", nfc = "caf\u{E9}"

    static let cases: [HostileCase] = [
        HostileCase(label: "ten fraction digits: okr-coach sessions lists it and the others",
                    plant: { planted in
                        try planted.session("ts.json", createdAt: longFraction)
                        try planted.session("alpha.json")
                    },
                    arguments: ["sessions"], said: ["2 saved:", "alpha  1 objective", "ts     1 objective, 1 key result"]),
        HostileCase(label: "ten fraction digits: check", plant: { try $0.session("ts.json", createdAt: longFraction) },
                    arguments: ["check", "HOME/sessions/ts.json"], said: ["KR 1 · Raise CSAT from 82% to 90%"]),
        HostileCase(label: "ten fraction digits: --session, /open, /sessions",
                    plant: { try $0.session("ts.json", createdAt: longFraction) },
                    arguments: ["--session", "ts"], input: "/open ts\n/sessions\n",
                    said: ["Opened 'ts': 1 objective", "ts (open)  1 objective"]),
        HostileCase(label: "a copied file is saved to itself, not to the name inside",
                    plant: { try $0.session("alpha.json"); try $0.session("beta.json") },
                    input: "/open beta\n/objective Grow revenue in every region\n", said: ["Opened 'beta'"],
                    check: { planted in
                        let beta = String(decoding: try planted.bytes("beta.json"), as: UTF8.self)
                        #expect(beta.contains("Grow revenue in every region"))
                        #expect(beta.contains("\"name\" : \"beta\""))
                        #expect(!String(decoding: try planted.bytes("alpha.json"), as: UTF8.self).contains("Grow revenue"))
                    }),
        HostileCase(label: "a decomposed file name is listed with its problem", plant: { try $0.session(nfd + ".json") },
                    arguments: ["sessions"], said: ["is not opened: its name is not spelled the way okr-coach spells names"]),
        HostileCase(label: "a decomposed file name is not opened under the composed name",
                    plant: { try $0.session(nfd + ".json") }, arguments: ["--session", nfc], status: 2,
                    said: ["is not opened: its name is not spelled"], never: ["Opened"]),
        HostileCase(label: "a name typed decomposed opens the composed file", plant: { try $0.session(nfc + ".json") },
                    input: "/open \(nfd)\n/objective Grow revenue in every region\n", said: ["Opened '\(nfc)'"],
                    check: { planted in
                        #expect(!planted.exists(nfd + ".json"))
                        let text = String(decoding: try planted.bytes(nfc + ".json"), as: UTF8.self)
                        #expect(text.contains("Grow revenue"))
                    }),
        HostileCase(label: "a lock file linked elsewhere: /new", plant: { try $0.link(".x.json.lock") }, input: "/new x\n", status: 1,
                    said: ["HOME/sessions/.x.json.lock is a symbolic link"], never: ["Created"],
                    check: { planted in
                        try planted.victimIsUntouched()
                        #expect(!planted.exists("x.json"))
                    }),
        HostileCase(label: "a lock file linked elsewhere: /open of a session that does not exist",
                    plant: { try $0.link(".nosuch.json.lock") }, input: "/open nosuch\n",
                    said: ["There is no session 'nosuch'"], check: { try $0.victimIsUntouched() }),
        HostileCase(label: "/open of a session that does not exist leaves no lock file", input: "/open nosuch\n",
                    said: ["There is no session 'nosuch'"], check: { #expect(!$0.exists(".nosuch.json.lock")) }),
        HostileCase(label: "a lock file hard-linked to another file",
                    plant: { planted in
                        try planted.makeVictim()
                        try FileManager.default.linkItem(atPath: planted.victim.path, toPath: planted.path(".h.json.lock"))
                    },
                    input: "/new h\n", status: 1, said: ["HOME/sessions/.h.json.lock is not a plain file of its own"],
                    check: { try $0.victimIsUntouched() }),
        HostileCase(label: "a session file linked elsewhere", plant: { try $0.link("s.json") }, input: "/open s\n/new s\n",
                    said: ["HOME/sessions/s.json is a symbolic link", "A session named 's' already exists"],
                    check: { planted in
                        try planted.victimIsUntouched()
                        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted.path("s.json")) == planted.victim.path)
                    }),
        HostileCase(label: "a backup linked elsewhere",
                    plant: { planted in
                        try planted.session("alpha.json")
                        try planted.link("alpha.json.bak")
                    },
                    input: "/open alpha\n/objective Grow revenue in every region\n", status: 1,
                    said: ["HOME/sessions/alpha.json.bak is a symbolic link", "line 2: /objective Grow revenue"],
                    never: ["Added O2"],
                    check: { planted in
                        try planted.victimIsUntouched()
                        #expect(!String(decoding: try planted.bytes("alpha.json"), as: UTF8.self).contains("Grow revenue"))
                    }),
        HostileCase(label: "a confidence of 1e19: /open, /list, /sessions",
                    plant: { try $0.session("big.json", confidence: "1e19") }, input: "/open big\n/list\n/sessions\n",
                    said: ["objectives[0].keyResults[0].confidence: 1e+19 is outside 0–10"]),
        HostileCase(label: "a confidence of 11: --session", plant: { try $0.session("eleven.json", confidence: "11") },
                    arguments: ["--session", "eleven"], status: 2,
                    said: ["eleven.json cannot be read: objectives[0].keyResults[0].confidence: 11 is outside 0–10"]),
        HostileCase(label: "a confidence of -5: check", plant: { try $0.session("neg.json", confidence: "-5") },
                    arguments: ["check", "HOME/sessions/neg.json"], status: 2,
                    said: ["objectives[0].keyResults[0].confidence: -5 is outside 0–10"]),
        HostileCase(label: "a name at the byte limit makes its file, backup and lock",
                    input: "/new \(String(repeating: "𝕏", count: 50))\n/objective Grow revenue in every region\n",
                    said: ["Added O1"], never: ["Could not"],
                    check: { planted in
                        let name = String(repeating: "𝕏", count: 50)
                        #expect(planted.exists(name + ".json") && planted.exists(name + ".json.bak"))
                        #expect(planted.exists(".\(name).json.lock"))
                    }),
        HostileCase(label: "names past the byte limit",
                    input: "/new \(String(repeating: "𝕏", count: 64))\n/new a\(String(repeating: "\u{301}", count: 300))\n",
                    said: ["too long for a file name (256 bytes in UTF-8; the most is 200)", "(600 bytes in UTF-8"],
                    check: { #expect(!FileManager.default.fileExists(atPath: $0.sessions.path)) }),
        HostileCase(label: "invisible characters and a leading combining mark",
                    input: "/new team\u{200D}q1\n/new team\u{FE0F}\n/new \u{301}team\n",
                    said: ["the invisible character U+200D", "the invisible character U+FE0F",
                           "starts with the combining mark U+0301"],
                    check: { #expect(!FileManager.default.fileExists(atPath: $0.sessions.path)) }),
        HostileCase(label: "control characters in /new, /open, /delete and /rename",
                    input: "/new a\u{1}b\n/open a\u{1}b\n/delete a\u{1}b\n/new ok\n/rename a\u{7}b\n/sessions\n",
                    said: ["'ab' cannot be a session name: it contains U+0001", "it contains U+0007", "ok (open)"],
                    never: ["There is no session 'ab'", "Renamed"],
                    check: { planted in
                        #expect(!planted.exists("ab.json"))
                        #expect(planted.exists("ok.json"))
                    }),
        HostileCase(label: "a folder where a session file should be", plant: { planted in
                        try FileManager.default.createDirectory(atPath: planted.path("d.json"), withIntermediateDirectories: true)
                    },
                    arguments: ["--session", "d"], status: 2, said: ["HOME/sessions/d.json is not a plain file"],
                    never: ["NSCocoaErrorDomain", "Could not write"]),
        HostileCase(label: "a file that fails to read gives the system's reason", arguments: ["check", "/proc/self/mem"],
                    status: 2, said: ["/proc/self/mem: cannot be read: Input/output error"], never: ["NSCocoaErrorDomain"]),
        HostileCase(label: "a file where the sessions folder should be",
                    plant: { try Data("not a folder\n".utf8).write(to: $0.sessions) }, input: "/new x\n", status: 1,
                    said: ["Could not write HOME/sessions: Not a directory"], never: ["NSCocoaErrorDomain", "Created"]),
        HostileCase(label: "a lone surrogate escape", plant: { try $0.session("sur.json", name: "\\ud800") },
                    arguments: ["--session", "sur"], status: 2,
                    said: ["sur.json cannot be read: not valid JSON at line 1, column 77: \\ud800 is the first half"],
                    never: ["truncated"]),
        HostileCase(label: "a failed backup names the session file",
                    plant: { planted in
                        try planted.session("alpha.json")
                        try FileManager.default.createDirectory(atPath: planted.path("alpha.json.bak.tmp"), withIntermediateDirectories: true)
                    },
                    input: "/open alpha\n/objective Grow revenue in every region\n", status: 1,
                    said: ["Could not save 'alpha': File exists (EEXIST); nothing was changed on disk", "(HOME/sessions/alpha.json)",
                           "the changes that could not be saved (1) were not made. Goodbye."],
                    never: ["alpha.json.bak"]),
        HostileCase(label: "opening a session removes its stale temporary files, only its own",
                    plant: { planted in
                        try planted.session("alpha.json")
                        for file in [".alpha.json.123.456.tmp", "alpha.json.bak.tmp", ".alphabet.json.1.2.tmp", ".alpha.json.x.2.tmp"] {
                            try Data("{ half".utf8).write(to: planted.sessions.appendingPathComponent(file))
                        }
                        try planted.link(".alpha.json.7.8.tmp")
                    },
                    input: "/open alpha\n", said: ["Opened 'alpha'"],
                    check: { planted in
                        #expect(!planted.exists(".alpha.json.123.456.tmp") && !planted.exists("alpha.json.bak.tmp"))
                        #expect(planted.exists(".alphabet.json.1.2.tmp") && planted.exists(".alpha.json.x.2.tmp"))
                        #expect(planted.exists(".alpha.json.7.8.tmp"))
                        try planted.victimIsUntouched()
                    }),
    ]

    @Test(arguments: cases)
    func hostileFilesAndNames(_ attack: HostileCase) throws {
        let planted = Planted(home: try Binary.temporaryHome())
        try attack.plant(planted)
        let arguments = attack.arguments.map { $0.replacingOccurrences(of: "HOME", with: planted.home.path) }
        let result = try Binary.run(arguments, input: attack.input, home: planted.home)
        let printed = result.stdout + result.stderr
        #expect(result.status == attack.status, "\(printed)")
        #expect(!printed.contains("Fatal error") && !printed.contains("Backtrac"), "\(printed)")
        for words in attack.said {
            let expected = words.replacingOccurrences(of: "HOME", with: planted.home.path)
            #expect(printed.contains(expected), "\(expected) in \(printed)")
        }
        for words in attack.never { #expect(!printed.contains(words), "\(words) in \(printed)") }
        try attack.check(planted)
    }

    /// Two spellings of "café" on disk, one held by another process: deleting "café" as the open session must
    /// never reach the other file or its lock.
    @Test func aDecomposedNameNeverReachesAnotherProcesssSession() throws {
        let planted = Planted(home: try Binary.temporaryHome())
        try planted.session(Self.nfc + ".json", name: Self.nfc)
        try planted.session(Self.nfd + ".json", name: Self.nfd)
        let held = open(planted.path(".\(Self.nfd).json.lock"), O_RDWR | O_CREAT, 0o600)
        #expect(held >= 0 && flock(held, LOCK_EX | LOCK_NB) == 0)
        defer { close(held) }
        let result = try Binary.run([], input: "/open \(Self.nfc)\n/delete \(Self.nfd)\nyes\n", home: planted.home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Deleted '\(Self.nfc)'"), "\(result.stdout)")
        #expect(planted.exists(Self.nfd + ".json") && planted.exists(".\(Self.nfd).json.lock"))
        #expect(!planted.exists(Self.nfc + ".json"))
    }

    /// Another program saves the file while the session is open: both versions are kept, and the coach says so.
    @Test func aFileEditedBehindTheCoachsBackIsKeptBesideIt() throws {
        let planted = Planted(home: try Binary.temporaryHome())
        try planted.session("alpha.json")
        // The "editor" is the other program: it rewrites the session file, then hands back the next command.
        let script = planted.home.appendingPathComponent("other-program.sh")
        try """
            #!/bin/sh
            sed -i 's/the reason customers stay/EDITED ELSEWHERE/' "$OKR_COACH_HOME/sessions/alpha.json"
            printf '/objective Grow revenue in every region\\n' > "$1"
            """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        let result = try Binary.run([], input: "/open alpha\n/editor\n/sessions\n", home: planted.home,
                                    environment: ["EDITOR": script.path])
        #expect(result.status == 0)
        let copies = try FileManager.default.contentsOfDirectory(atPath: planted.sessions.path)
            .filter { $0.hasPrefix("alpha-edited-") && $0.hasSuffix(".json") }
        #expect(copies.count == 1, "\(copies)")
        let copy = try #require(copies.first)
        #expect(result.stdout.contains(
            "\(planted.path("alpha.json")) was changed by another program while 'alpha' was open here. Its version is kept as \(planted.path(copy))"),
            "\(result.stdout)")
        #expect(result.stdout.contains("\(copy.dropLast(5))  1 objective"))
        let ours = String(decoding: try planted.bytes("alpha.json"), as: UTF8.self)
        #expect(ours.contains("Grow revenue in every region") && !ours.contains("EDITED ELSEWHERE"))
        let theirs = String(decoding: try planted.bytes(copy), as: UTF8.self)
        #expect(theirs.contains("EDITED ELSEWHERE") && !theirs.contains("Grow revenue"))
        let reopened = try Binary.run(["--session", String(copy.dropLast(5))], input: "/list\n", home: planted.home)
        #expect(reopened.status == 0)
        #expect(reopened.stdout.contains("Make support EDITED ELSEWHERE"))
    }
}
