import CoachKit
import Foundation
import OKRKit

/// A session six weeks into 2027-Q1 with one key result of each kind of progress: an increase behind the plan, a
/// decrease on track (its value falling), a level that does not hold, a key result without a baseline, a committed
/// milestone done with a note, and an objective without key results.
enum StatusFixtures {
    static let today = CalendarDay(year: 2027, month: 2, day: 15)!

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    static var session: Session {
        var session = Session(
            name: "team-q1", createdAt: Date(timeIntervalSince1970: 1_798_761_600), cycle: Cycle.parse("2027-Q1"))
        var gaveScore = KeyResult(text: "Ship the \"R&D\" portal", checkIns: [
            CheckIn(date: day("2027-02-10"), value: 100, done: true, confidence: 9, note: "shipped, \"early\""),
        ])
        gaveScore.givenScore = GivenScore(score: 0.9, reason: "late by a day")
        session.objectives = [
            Objective(text: "Delight first-time buyers", keyResults: [
                KeyResult(text: "Raise NPS from 45 to 70", checkIns: [
                    CheckIn(date: day("2027-01-15"), value: 48, confidence: 7),
                    CheckIn(date: day("2027-02-01"), value: 52, confidence: 6, note: "survey moved"),
                ]),
                KeyResult(text: "Cut churn from 3% to 2%", checkIns: [
                    CheckIn(date: day("2027-01-20"), value: 2.8, confidence: 7),
                    CheckIn(date: day("2027-02-10"), value: 2.4, confidence: 8),
                ]),
                KeyResult(text: "Keep uptime at or above 99.9%", checkIns: [
                    CheckIn(date: day("2027-02-10"), value: 99.8, confidence: 8),
                ]),
                KeyResult(text: "Increase activation to 60%"),
            ]),
            Objective(text: "Pass the audit", kind: .committed, keyResults: [gaveScore]),
            Objective(text: "Hire well"),
        ]
        return session
    }

    static var status: SessionStatus { SessionStatus(session, today: today) }
}
