import CoachKit
import Foundation
import OKRKit

/// Sessions with check-ins, saved in a test's data directory the way the coach saves them.
enum TrackedSessions {
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// Six weeks into 2027-Q1: an increase behind the plan, a decrease on track, a level that does not hold (at
    /// risk), a key result without a baseline, a milestone not started.
    static var mixed: Session {
        var session = Session(name: "team-q1", createdAt: Date(timeIntervalSince1970: 1_798_761_600), cycle: Cycle.parse("2027-Q1"))
        session.objectives = [
            Objective(text: "Delight first-time buyers", keyResults: [
                KeyResult(text: "Raise NPS from 45 to 70", checkIns: [
                    CheckIn(date: day("2027-01-15"), value: 48, confidence: 7),
                    CheckIn(date: day("2027-02-01"), value: 52, confidence: 6),
                ]),
                KeyResult(text: "Cut churn from 3% to 2%", checkIns: [CheckIn(date: day("2027-02-10"), value: 2.4, confidence: 8)]),
                KeyResult(text: "Keep uptime at or above 99.9%", checkIns: [CheckIn(date: day("2027-02-10"), value: 99.8)]),
                KeyResult(text: "Increase activation to 60%"),
                KeyResult(text: "Launch the partner portal"),
            ]),
        ]
        return session
    }

    /// Everything on track and checked in on 2027-02-14.
    static var onTrack: Session {
        var session = Session(name: "steady", createdAt: Date(timeIntervalSince1970: 1_798_761_600), cycle: Cycle.parse("2027-Q1"))
        session.objectives = [
            Objective(text: "Keep customers", keyResults: [
                KeyResult(text: "Cut churn from 3% to 2%", checkIns: [CheckIn(date: day("2027-02-14"), value: 2.4, confidence: 8)]),
            ]),
        ]
        return session
    }

    /// Saves `session` under its name in `home` and returns its file.
    @discardableResult
    static func save(_ session: Session, in home: URL) throws -> URL {
        let store = SessionStore(directory: DataDirectory(url: home))
        let name = try SessionName(session.name)
        try store.save(session, as: name)
        return store.url(for: name)
    }

    /// The session saved as `name` in `home`.
    static func load(_ name: String, in home: URL) throws -> Session {
        try SessionStore(directory: DataDirectory(url: home)).load(try SessionName(name))
    }

    /// Takes the session's lock in this process, as a coach that has it open holds it.
    static func lock(_ name: String, in home: URL) throws -> SessionLock {
        try SessionStore(directory: DataDirectory(url: home)).lock(try SessionName(name))
    }
}
