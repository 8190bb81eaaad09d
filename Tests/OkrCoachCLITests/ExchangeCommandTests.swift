import CoachKit
import Foundation
import OKRKit
import Testing

/// `okr-coach export` and `okr-coach import` through the real binary: what lands on disk, what a spreadsheet
/// reads, and exit statuses; nothing is written over, and unreadable input changes nothing.
@Suite struct ExchangeCommandTests {
    let home: URL

    init() throws {
        home = try Binary.temporaryHome()
    }

    /// An outline with owners in both forms, Unicode, Markdown marks and text that looks like a tag.
    static let outline = """
        Team: Plätform & Co
        Cycle: 2027-Q1

        ## Objective 1: Make *every* release boring [committed] (owner: Ana López)
        - Cut failed deploys from 12% to 3% by 2027-03-31 (confidence 7/10) @Bo
        - Reply to @support tickets within 2h, "fast" (owner: Cy) (confidence 6/10)
        - \\[committed] stays text, and so does (confidence 5/10\\)

        Objective: =HYPERLINK("http://evil") grow 🚀 @Dee
        - Raise baseline from -5 to 10 users
        - KR2: Objective: read as a key result
        """

    private func run(_ arguments: [String], input: String = "") throws -> Binary.Result {
        try Binary.run(arguments, input: input, home: home)
    }

    private func write(_ text: String, to name: String) throws -> String {
        let url = home.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func directory(_ name: String) throws -> String {
        let url = home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    private func session(_ name: String) throws -> Session {
        let url = home.appendingPathComponent("sessions/\(name).json")
        return try SessionCoding.decode(Data(contentsOf: url), file: url.path)
    }

    private var sessionFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("sessions").path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func anOutlineImportsAndItsMarkdownExportImportsBackTheSame() throws {
        let imported = try run(["import", try write(Self.outline, to: "okrs.md"), "--session", "platform"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Objective 1 · Make *every* release boring [committed]"), "shows what it read")
        #expect(imported.stdout.contains("errors: "), "and the check summary")
        #expect(imported.stdout.contains("Created session platform"))
        let first = try session("platform")
        #expect(first.team == "Plätform & Co")
        #expect(first.cycle?.label == "2027-Q1")
        #expect(first.objectives.map(\.owner) == ["Ana López", "Dee"])
        #expect(first.objectives[1].text == "=HYPERLINK(\"http://evil\") grow 🚀")
        #expect(first.objectives[0].keyResults.map(\.text) == [
            "Cut failed deploys from 12% to 3% by 2027-03-31", "Reply to @support tickets within 2h, \"fast\"",
            "[committed] stays text, and so does (confidence 5/10)",
        ])
        #expect(first.objectives[0].keyResults.map(\.owner) == ["Bo", "Cy", nil])
        #expect(first.objectives[0].keyResults.map(\.confidence) == [7, 6, nil])
        #expect(first.objectives[1].keyResults.map(\.text) == ["Raise baseline from -5 to 10 users", "Objective: read as a key result"])

        let markdown = try run(["export", "platform"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let again = try run(["import", "-", "--session", "copy"], input: markdown.stdout)
        #expect(again.status == 0, "\(again.stderr)")
        let copy = try session("copy")
        #expect(copy.team == first.team)
        #expect(copy.cycle == first.cycle)
        #expect(Self.shape(copy) == Self.shape(first))
        #expect(try run(["export", "copy"]).stdout == markdown.stdout.replacingOccurrences(of: "Session: platform", with: "Session: copy"))
    }

    @Test func theCSVExportImportsBackAndAgainGivesTheSameCSV() throws {
        #expect(try run(["import", try write(Self.outline, to: "okrs.md"), "--session", "platform"]).status == 0)
        let csv = try run(["export", "platform", "--format", "csv", "--today", "2027-02-15"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let imported = try run(["import", "-", "--session", "from-csv"], input: csv.stdout)
        #expect(imported.status == 0, "\(imported.stderr)")
        let first = try session("platform"), copy = try session("from-csv")
        #expect(copy.cycle == first.cycle)
        #expect(copy.team == first.team)
        #expect(copy.objectives.map(\.text) == first.objectives.map(\.text))
        #expect(copy.objectives.map(\.kind) == first.objectives.map(\.kind))
        #expect(copy.objectives.map { $0.keyResults.map(\.text) } == first.objectives.map { $0.keyResults.map(\.text) })
        #expect(copy.objectives.map { $0.keyResults.map(\.confidence) } == first.objectives.map { $0.keyResults.map(\.confidence) })
        // A row's owner is the key result's, else its objective's; it comes back as the key result's.
        #expect(copy.objectives[0].keyResults.map(\.owner) == ["Bo", "Cy", "Ana López"])
        let again = try run(["export", "from-csv", "--format", "csv", "--today", "2027-02-15"])
        #expect(again.stdout == csv.stdout.replacingOccurrences(of: "\r\nplatform,", with: "\r\nfrom-csv,"))
    }

    @Test func pythonsCSVModuleReadsTheExportAndFormulasAreNeutralised() throws {
        #expect(try run(["import", try write(Self.outline, to: "okrs.md"), "--session", "platform"]).status == 0)
        let file = home.appendingPathComponent("platform.csv").path
        let exported = try run(["export", "platform", "--format", "csv", "-o", file, "--today", "2027-02-15"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let bytes = try String(contentsOfFile: file, encoding: .utf8)
        #expect(bytes.hasSuffix("\r\n") && !bytes.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends")
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f))
            print(json.dumps(rows))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, file]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: output) as? [[String]])
        #expect(rows.first == SessionCSV.columns)
        #expect(rows.count == 1 + 5, "a header and one row per key result")
        let column = { (name: String) in SessionCSV.columns.firstIndex(of: name) ?? 0 }
        #expect(rows[4][column("objective")] == "'=HYPERLINK(\"http://evil\") grow 🚀", "a formula is shown, never run")
        #expect(rows[4][column("baseline")] == "-5", "a negative number stays a number")
        #expect(rows[2][column("key result")] == "Reply to @support tickets within 2h, \"fast\"")
        #expect(rows[1][column("owner")] == "Bo")
        #expect(rows[1][column("confidence")] == "7")
        #expect(rows[1][column("target")] == "3")
        #expect(rows[1][column("status")] == "pending")
    }

    @Test func importNeverWritesOverASession() throws {
        let file = try write(Self.outline, to: "okrs.md")
        #expect(try run(["import", file, "--session", "platform"]).status == 0)
        let url = home.appendingPathComponent("sessions/platform.json")
        let before = try Data(contentsOf: url)
        let again = try run(["import", file, "--session", "platform"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(again.stderr.contains("/open platform") && again.stderr.contains("/import \(file)"), "says how to add to it")
        #expect(try Data(contentsOf: url) == before, "byte for byte")
    }

    @Test func unreadableInputChangesNothing() throws {
        let badCSV = SessionCSV.columns.joined(separator: ",") + "\r\n" + "a,b\r\n"
        let quote = SessionCSV.columns.joined(separator: ",") + "\r\n" + "x,,,O1,\"never closed\r\n"
        let cases: [(file: String, says: String)] = [
            (home.appendingPathComponent("missing.md").path, "no such file"),
            (try directory("folder.md"), "it is a directory"),
            (try write("Objective:\n- Raise NPS from 45 to 60\n", to: "empty.md"), "empty.md:1"),
            (try write("just some notes\n", to: "notes.md"), "notes.md"),
            (try write(badCSV, to: "bad.csv"), "bad.csv:2: 2 cells where the header has 22"),
            (try write(quote, to: "quote.csv"), "quote.csv:2:"),
            (try write(SessionCSV.columns.joined(separator: ",") + "\r\n", to: "header.csv"), "header.csv: no rows"),
        ]
        for (file, says) in cases {
            let result = try run(["import", file, "--session", "new"])
            #expect(result.status == 2, "\(file)")
            #expect(result.stderr.contains(says), "\(file): \(result.stderr)")
        }
        let latin1 = home.appendingPathComponent("latin1.md")
        try Data("Objective: Grow\n- Caf\u{E9}".utf8.map { $0 } + [0xE9, 0x0A]).write(to: latin1)
        let notText = try run(["import", latin1.path, "--session", "new"])
        #expect(notText.status == 2)
        #expect(notText.stderr.contains("latin1.md"))
        #expect(try run(["import", try write(Self.outline, to: "okrs.md"), "--session", "new", "--cycle", "soon"]).status == 2)
        #expect(sessionFiles.isEmpty, "no session was created: \(sessionFiles)")
    }

    @Test func theCycleAndTeamOptionsWinOverTheFile() throws {
        let result = try run([
            "import", try write(Self.outline, to: "okrs.md"), "--session", "h2", "--cycle", "2027-H2", "--team", "Core",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try session("h2").cycle?.label == "2027-H2")
        #expect(try session("h2").team == "Core")
    }

    @Test func exportWritesAFileButNeverIntoTheSessionsFolder() throws {
        #expect(try run(["import", try write(Self.outline, to: "okrs.md"), "--session", "platform"]).status == 0)
        let url = home.appendingPathComponent("sessions/platform.json")
        let before = try Data(contentsOf: url)
        let json = try run(["export", "platform", "--format", "json"])
        #expect(json.status == 0)
        #expect(Data(json.stdout.utf8) == before, "the JSON export is the session file's own bytes")
        let others = ["sessions/other.json", "sessions/platform.json.bak"].map { home.appendingPathComponent($0).path }
        for target in [url.path, home.path] + others {
            let refused = try run(["export", "platform", "-o", target])
            #expect(refused.status == 2, "\(target)")
            #expect(!refused.stderr.isEmpty)
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(sessionFiles == ["platform.json"])
        let out = home.appendingPathComponent("out.md")
        let written = try run(["export", "platform", "-o", out.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == (try run(["export", "platform"])).stdout)
        #expect(try run(["export", "nobody"]).status == 2)
    }

    /// What a round trip keeps: texts, kinds, owners and confidences, in order.
    private static func shape(_ session: Session) -> [String] {
        session.objectives.flatMap { objective in
            ["\(objective.text)|\(objective.kind)|\(objective.owner ?? "-")"]
                + objective.keyResults.map { "\($0.text)|\($0.owner ?? "-")|\($0.confidence.map { "\($0)" } ?? "-")" }
        }
    }
}
