import CoachKit
import Foundation
import OKRKit
import Testing

/// `okr-coach status` run as a person, a script or a weekly cron job would: the card, each format, `--fail-on`,
/// every exit status, and a session left exactly as it was, open in the coach or not.
@Suite struct StatusCommandTests {
    let home: URL
    let file: URL

    init() throws {
        home = try Binary.temporaryHome()
        file = try TrackedSessions.save(TrackedSessions.mixed, in: home)
        try TrackedSessions.save(TrackedSessions.onTrack, in: home)
    }

    private func status(_ arguments: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(["status"] + arguments, home: home, environment: environment)
    }

    @Test func theCardShowsEachKeyResultAgainstItsPlan() throws {
        let result = try status(["team-q1", "--today", "2027-02-15"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "team-q1 · 2027-Q1 (2027-01-01 to 2027-03-31) · as of 2027-02-15 · score 0.18, targets outran capacity")
        #expect(lines.contains("    [███░░|░░░░░] 28% (plan 51% by now) · 52 (from 45 to 70) · ▂▃ · behind"))
        #expect(lines.contains("    confidence 7 → 6 ↓ · forecast 80% by 2027-03-31 · stale: no check-in for 14 days"))
        #expect(lines.contains { $0.contains("+11.5 points a week needed, +6.3 seen") })
        #expect(lines.contains("    cannot be tracked yet: no starting value; the first check-in asks where it started"))
        #expect(lines.last == "1 on track, 1 behind, 1 at risk, 2 without a check-in; 3 due, 3 stale")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test func todayDefaultsToTheLocalDate() throws {
        let before = CalendarDay.local(Date())
        let result = try status(["steady"])
        let after = CalendarDay.local(Date())
        #expect(result.status == 0)
        let heading = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(heading.contains(" · as of \(before)") || heading.contains(" · as of \(after)"), "\(heading)")
    }

    @Test func colourFollowsTheStatusOnATerminal() throws {
        let result = try status(["team-q1", "--today", "2027-02-15"], environment: ["FORCE_COLOR": "1"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let churn = try #require(lines.first { $0.contains("2.4% (from 3% to 2%)") })
        #expect(churn.contains("\u{1B}[32m"), "a falling churn on track is green: \(churn)")
        let uptime = try #require(lines.first { $0.contains("99.8% (level 99.9%)") })
        #expect(uptime.contains("\u{1B}[31m"), "a level that does not hold is red: \(uptime)")
        let nps = try #require(lines.first { $0.contains("52 (from 45 to 70)") })
        #expect(nps.contains("\u{1B}[33m"), "behind is yellow: \(nps)")
    }

    @Test func failOnExitsOneWhenAnythingMatches() throws {
        for failOn in ["due", "behind", "at-risk"] {
            let mixed = try status(["team-q1", "--today", "2027-02-15", "--fail-on", failOn])
            #expect(mixed.status == 1, "\(failOn)")
            #expect(mixed.stdout.contains("O1.KR1"), "the card is printed all the same")
            let steady = try status(["steady", "--today", "2027-02-15", "--fail-on", failOn])
            #expect(steady.status == 0, "\(failOn): \(steady.stdout)")
        }
        let later = try status(["steady", "--today", "2027-02-22", "--fail-on", "due"])
        #expect(later.status == 1, "a week after the last check-in, one is due")
        #expect(try status(["steady", "--today", "2027-02-22", "--fail-on", "behind"]).status == 0)
        #expect(try status(["team-q1", "--today", "2027-02-15"]).status == 0, "without --fail-on nothing fails")
    }

    @Test func behindMeansBehindOrWorse() throws {
        var session = TrackedSessions.mixed
        session.name = "risky"
        session.objectives[0].keyResults = [session.objectives[0].keyResults[2]]
        try TrackedSessions.save(session, in: home)
        #expect(try status(["risky", "--today", "2027-02-15", "--fail-on", "behind"]).status == 1)
    }

    @Test func jsonHasTheContractsShapeForEverySession() throws {
        let result = try status(["team-q1", "steady", "--today", "2027-02-15", "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sessions = try #require(document["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["name"] as? String } == ["team-q1", "steady"])
        #expect(Set(sessions[0].keys) == ["name", "cycle", "today", "score", "verdict", "objectives", "summary"])
        let keyResults = try #require((sessions[0]["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]])
        #expect(keyResults.map { $0["ref"] as? String } == ["O1.KR1", "O1.KR2", "O1.KR3", "O1.KR4", "O1.KR5"])
        #expect(keyResults.map { $0["measure"] as? String } == ["increase", "decrease", "at-least", "increase", "milestone"])
        #expect(keyResults.map { $0["status"] as? String } == ["behind", "on-track", "at-risk", "pending", "pending"])
        let keys: Set<String> = [
            "ref", "text", "measure", "baseline", "target", "current", "rawProgress", "progress", "expected", "status",
            "confidence", "confidenceChange", "divergent", "due", "stale", "forecast", "trendingOff", "score",
            "givenScore", "checkIns",
        ]
        #expect(keyResults.allSatisfy { Set($0.keys) == keys }, "every key present")
        #expect(keyResults[3]["baseline"] is NSNull)
        let summary = try #require(sessions[0]["summary"] as? [String: Int])
        #expect(summary == ["achieved": 0, "onTrack": 1, "behind": 1, "atRisk": 1, "pending": 2, "due": 3, "stale": 3])
    }

    @Test func markdownAndCSV() throws {
        let markdown = try status(["team-q1", "--today", "2027-02-15", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("| Key result | Progress | Plan by now | Value | Status | Confidence | Forecast | Due |"))
        #expect(markdown.stdout.contains("| O1.KR2 Cut churn from 3% to 2% | 60% | 51% | 2.4% (from 3% to 2%) | on track | 8 | 100% |  |"))
        let csv = try status(["team-q1", "steady", "--today", "2027-02-15", "--format", "csv"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 7, "a header and a row per key result of both sessions")
        #expect(rows[0].hasPrefix("session,cycle,today,objective,objectiveText,kind,ref,text,measure,baseline,target,current,"))
        #expect(rows[2].hasPrefix("team-q1,2027-Q1,2027-02-15,O1,Delight first-time buyers,aspirational,O1.KR2,Cut churn from 3% to 2%,decrease,3,2,2.4,"))
    }

    @Test func aSessionFileCanBeNamedByItsPath() throws {
        let result = try status([file.path, "--today", "2027-02-15", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""name": "team-q1""#))
    }

    @Test func anUnknownOrUnreadableSessionExitsTwoAndPrintsNothing() throws {
        let unknown = try status(["team-q1", "nosuch", "--today", "2027-02-15"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("There is no session 'nosuch'."))
        #expect(unknown.stdout.isEmpty)
        let broken = home.appendingPathComponent("sessions/broken.json")
        try Data("{ oops".utf8).write(to: broken)
        let unreadable = try status(["broken"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("broken.json cannot be read"))
        let notes = try status(["./notes.txt"])
        #expect(notes.status == 2)
        #expect(notes.stderr.contains("./notes.txt: a session file's name ends in .json"))
    }

    @Test func aBadDateOrNoSessionIsRefused() throws {
        let bad = try status(["team-q1", "--today", "2027-02-30"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--today 2027-02-30: expected a date as YYYY-MM-DD"))
        #expect(try status([]).status == 64, "a command line without a session is not valid")
    }

    @Test func readingTakesNoLockAndChangesNothing() throws {
        let before = try Data(contentsOf: file)
        let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
        let lock = try TrackedSessions.lock("team-q1", in: home)
        let result = try status(["team-q1", "--today", "2027-02-15"])
        withExtendedLifetime(lock) {}
        #expect(result.status == 0, "a session open in the coach can be read: \(result.stderr)")
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == modified)
        #expect(!FileManager.default.fileExists(atPath: file.path + ".bak"))
    }
}
