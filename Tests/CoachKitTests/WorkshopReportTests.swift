import CoachKit
import Foundation
import OKRKit
import Testing

/// The workshop report's model against what the rest of the coach says of the same sessions, and `/report` inside
/// the coach.
@Suite struct WorkshopReportTests {
    @Test func progressIsTheStatusCardsReadOnceForTheCheckAndTheFigures() throws {
        let book = try sharedBook.get()
        let session = StatusFixtures.session
        let report = WorkshopReport(sessions: [session], unreadable: [], today: StatusFixtures.today, book: book)
        let team = try #require(report.teams.first)
        #expect(team.status == SessionStatus(session, today: StatusFixtures.today), "the check's reading gives status's figures")
        #expect(team.check == CheckRun(session, book: book).document.summary)
        #expect(team.scored, "a given score shows the bands before the cycle ends")
    }

    @Test func slashReportUsesTheOpenSessionAsItStandsInTheCoach() throws {
        let (coach, home) = try makeCoach()
        _ = coach.handle("/new beta")
        _ = coach.handle("/objective Make onboarding effortless for new teams")
        _ = coach.handle("/kr Raise activation from 20% to 40% by June 30")
        _ = coach.handle("/new alpha")
        _ = coach.handle("/open beta")
        // Another program writes the file behind the coach's back: the coach's own version is what it shows.
        var other = try SessionStore(directory: DataDirectory(url: home)).load(try SessionName("beta"))
        other.objectives[0].text = "Something written elsewhere"
        try SessionCoding.encode(other).write(to: home.appendingPathComponent("sessions/beta.json"))
        try Data("not json".utf8).write(to: home.appendingPathComponent("sessions/gamma.json"))

        let replies = coach.handle("/report").replies
        let text = replies.map(\.plainText).joined(separator: "\n")
        #expect(text.hasPrefix("Workshop report · 2 sessions · as of "), "\(text)")
        #expect(text.contains("  beta · strength"))
        #expect(text.contains("    O1 · Make onboarding effortless for new teams [aspirational] · aligns to nothing"))
        #expect(!text.contains("Something written elsewhere"))
        #expect(text.contains("  gamma: "), "the file that cannot be read is listed")
    }
}
