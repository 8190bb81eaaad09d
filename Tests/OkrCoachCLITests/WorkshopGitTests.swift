import Foundation
import Testing

/// A workshop folder kept in git, as the README's "Running a workshop" sets it up: the facilitator's company set
/// and each team's set are separate files, so teams that draft and align at the same time merge without a
/// conflict, and what okr-coach leaves beside the sessions (backups, locks, history) is ignored.
@Suite struct WorkshopGitTests {
    let root: URL

    init() throws { root = try Binary.temporaryHome() }

    /// Runs git in `directory`; the result's status and output.
    @discardableResult
    private func git(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=Facilitator", "-c", "user.email=f@example.com", "-c", "init.defaultBranch=main"]
            + arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// A team's clone of the workshop repository, used as its data directory.
    private func clone(_ name: String) throws -> URL {
        let directory = root.appendingPathComponent(name)
        #expect(try git(["clone", "-q", root.appendingPathComponent("origin.git").path, directory.path], in: root).status == 0)
        return directory
    }

    /// Types `lines` into the coach with `home` as its data directory.
    private func chat(_ lines: [String], home: URL) throws {
        let result = try Binary.run(["--today", "2027-01-06"], input: lines.joined(separator: "\n") + "\n", home: home)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "git is not installed"))
    func twoTeamsDraftAndAlignAtOnceAndMergeWithoutConflicts() throws {
        try git(["init", "-q", "--bare", "origin.git"], in: root)
        let facilitator = try clone("facilitator")
        try "sessions/*.bak\nsessions/.*.lock\nsessions/.*.tmp\nhistory\n".write(
            to: facilitator.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try chat([
            "/new company", "2027-Q1", "", "Grow revenue from enterprise customers", "",
            "Raise enterprise ARR from $2M to $3M", "", "", "Cut enterprise logo churn from 8% to 5%", "/quit",
        ], home: facilitator)
        try git(["add", "-A"], in: facilitator)
        try git(["commit", "-qm", "Company objectives"], in: facilitator)
        #expect(try git(["push", "-q", "origin", "main"], in: facilitator).status == 0)

        let sales = try clone("sales"), support = try clone("support")
        try chat(["/new sales", "2027-Q1", "Sales", "Win more enterprise deals in Europe", "/align O1 company:O1.KR1", "/quit"], home: sales)
        try chat(["/new support", "2027-Q1", "Support", "Keep enterprise customers happy", "/align O1 company:O1.KR2", "/quit"], home: support)
        for (team, name) in [(sales, "sales"), (support, "support")] {
            #expect(try git(["status", "--porcelain"], in: team).output == "?? sessions/\(name).json\n", "only the new set")
            try git(["add", "-A"], in: team)
            try git(["commit", "-qm", "\(name) draft"], in: team)
        }
        #expect(try git(["push", "-q", "origin", "main"], in: sales).status == 0)
        let merged = try git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: support)
        #expect(merged.status == 0 && !merged.output.contains("CONFLICT"), "\(merged.output)")
        #expect(try git(["push", "-q", "origin", "main"], in: support).status == 0)

        // The facilitator pulls both teams' sets; their links resolve against the company set in the same folder.
        #expect(try git(["pull", "-q", "--no-rebase", "origin", "main"], in: facilitator).status == 0)
        let check = try Binary.run(["check", facilitator.appendingPathComponent("sessions/support.json").path], home: facilitator)
        #expect(check.stdout.contains("supports company:O1.KR2: Cut enterprise logo churn from 8% to 5%"), "\(check.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: facilitator.appendingPathComponent("sessions").path)
        #expect(Set(files.filter { $0.hasSuffix(".json") }) == ["company.json", "sales.json", "support.json"])
    }
}
