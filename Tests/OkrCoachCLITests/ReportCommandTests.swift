import CoachKit
import Foundation
import OKRKit
import Testing

/// `okr-coach report` over a workshop's folder, as a facilitator runs it: every format, unreadable files listed
/// and passed over, the exit statuses, and the report written to a file without touching a session.
@Suite struct ReportCommandTests {
    let home: URL
    let folder: URL

    init() throws {
        home = try Binary.temporaryHome()
        folder = home.appendingPathComponent("workshop")
        try WorkshopSessions.write(into: folder)
    }

    private func report(_ arguments: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(["report", "--dir", folder.path, "--today", "2027-02-15"] + arguments, home: home, environment: environment)
    }

    @Test func dump() throws {
        let result = try report([])
        print(result.stdout)
        print(result.stderr)
        print(try report(["--format", "csv"]).stdout)
        print(try report(["--format", "markdown"]).stdout)
        print(try report(["--format", "json"]).stdout)
    }
}
