import Foundation
import Testing

/// `okr-coach --today DATE` runs the coach as if on that day: a facilitator's demo, or a check-in recorded late,
/// on the day it was true; a session opened with key results due says so.
@Suite struct TodayOptionTests {
    @Test func checkInsAreDatedOnTheDayGivenAndADueSessionSaysSo() throws {
        let home = try Binary.temporaryHome()
        let draft = "/new demo\n2027-Q1\n\n/objective Win the mid-market\n/kr Raise NPS from 45 to 70\n/quit\n"
        #expect(try Binary.run(["--today", "2027-01-04"], input: draft, home: home).status == 0)

        let week6 = try Binary.run(["--today", "2027-02-12"], input: "/open demo\n/checkin\n52\n6\n\n/quit\n", home: home)
        #expect(week6.status == 0)
        #expect(week6.stdout.contains("1 key result due for a check-in"), "\(week6.stdout)")
        #expect(week6.stdout.contains("Check-in for 2027-02-12: 1 key result."))
        #expect(week6.stdout.contains("By now the plan says 56.8 (47% of the way from 45 to 70 by 2027-03-31)."))
        let saved = try String(contentsOf: home.appendingPathComponent("sessions/demo.json"), encoding: .utf8)
        #expect(saved.contains("\"date\" : \"2027-02-12\""))

        let nextDay = try Binary.run(["--today", "2027-02-13", "--session", "demo"], input: "/quit\n", home: home)
        #expect(!nextDay.stdout.contains("due for a check-in"), "checked in yesterday: \(nextDay.stdout)")
    }

    @Test func aDayThatDoesNotExistIsRefused() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run(["--today", "2027-02-30"], input: "/quit\n", home: home)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--today 2027-02-30"))
    }

    @Test func theEnvironmentSetsTodayForEveryCommand() throws {
        let home = try Binary.temporaryHome()
        let environment = ["OKR_COACH_TODAY": "2027-05-20"]
        let chat = try Binary.run([], input: "/new later\n\n", home: home, environment: environment)
        #expect(chat.stdout.contains("Press Enter for 2027-Q2"), "\(chat.stdout)")
        let status = try Binary.run(["status", "later", "--format", "json"], home: home, environment: environment)
        #expect(status.stdout.contains("\"today\": \"2027-05-20\""), "\(status.stdout)")
        let broken = try Binary.run(["status", "later"], home: home, environment: ["OKR_COACH_TODAY": "tomorrow"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("OKR_COACH_TODAY tomorrow: expected a date as YYYY-MM-DD"))
    }
}
