import CoachKit
import Foundation
import OKRKit

/// A workshop's folder, as a facilitator checks it out of a shared repository: the company's session, three teams
/// aligned to it (one to a key result), one whose parent is missing, one aligned to nothing, and a file that is
/// not a session. Check-ins on fixed days of 2027-Q1; ops's owner is written as a spreadsheet formula.
enum WorkshopSessions {
    static let created = Date(timeIntervalSince1970: 1_798_761_600)
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// One value, so its ids stay the same for the teams' links.
    static let company: Session = {
        var session = Session(name: "company", createdAt: created, team: "Acme", cycle: Cycle.parse("2027-Q1"))
        var grow = Objective(text: "Win the mid-market", keyResults: [
            KeyResult(text: "Raise revenue from $2M to $3M by March 31"),
            KeyResult(text: "Raise NPS from 30 to 45 by March 31"),
        ])
        grow.owner = "Eva"
        session.objectives = [grow, Objective(text: "Become the easiest bank to call", keyResults: [
            KeyResult(text: "Cut average wait time from 12 minutes to 4 minutes by March 31"),
        ])]
        return session
    }()

    static var sales: Session {
        let parent = company
        var session = Session(name: "sales", createdAt: created, team: "Sales", cycle: Cycle.parse("2027-Q1"))
        var objective = Objective(text: "Land mid-market customers", keyResults: [
            KeyResult(text: "Grow pipeline from 40 to 100 qualified deals by March 31", checkIns: [
                CheckIn(date: day("2027-01-20"), value: 44, confidence: 5),
                CheckIn(date: day("2027-02-14"), value: 46, confidence: 3),
            ]),
            KeyResult(text: "Raise win rate from 20% to 30% by March 31", checkIns: [
                CheckIn(date: day("2027-02-01"), value: 24, confidence: 7),
            ]),
            KeyResult(text: "Improve the sales process"),
        ])
        objective.owner = "Ana"
        objective.keyResults[1].owner = "Ben"
        objective.parent = Alignment(sessionID: parent.id, sessionName: "company", objectiveID: parent.objectives[0].id)
        session.objectives = [objective]
        return session
    }

    static var support: Session {
        let parent = company
        var session = Session(name: "support", createdAt: created, team: "Support", cycle: Cycle.parse("2027-Q1"))
        var objective = Objective(text: "Make every customer a promoter", keyResults: [
            KeyResult(text: "Raise CSAT from 80% to 90% by March 31", checkIns: [
                CheckIn(date: day("2027-02-12"), value: 86, confidence: 8),
            ]),
        ])
        objective.keyResults[0].owner = "Chen"
        objective.parent = Alignment(
            sessionID: parent.id, sessionName: "company", objectiveID: parent.objectives[0].id,
            keyResultID: parent.objectives[0].keyResults[1].id)
        session.objectives = [objective]
        return session
    }

    static var ops: Session {
        var session = Session(name: "ops", createdAt: created, team: "Ops", cycle: Cycle.parse("2027-Q1"))
        var objective = Objective(text: "Run a calm on-call rotation", keyResults: [
            KeyResult(text: "Cut pages per week from 30 to 10 by March 31"),
            KeyResult(text: "Improve the runbooks"),
        ])
        objective.owner = "=1+2"
        objective.parent = Alignment(sessionID: UUID(), sessionName: "company-2026", objectiveID: UUID())
        session.objectives = [objective]
        return session
    }

    static var design: Session {
        var session = Session(name: "design", createdAt: created, team: "Design", cycle: Cycle.parse("2027-Q1"))
        session.objectives = [Objective(text: "Make onboarding delightful", keyResults: [
            KeyResult(text: "Launch things"),
            KeyResult(text: "Raise onboarding completion from 40% to 70% by March 31"),
            KeyResult(text: "Grow the community to 500 members"),
        ])]
        return session
    }

    static var all: [Session] { [company, sales, support, ops, design] }

    /// Writes every session into `folder` as NAME.json, and a file `broken.json` that is not JSON.
    static func write(into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for session in all {
            try SessionCoding.encode(session).write(to: folder.appendingPathComponent(session.name + ".json"))
        }
        try Data("{\"schemaVersion\": 4, \"id\": ".utf8).write(to: folder.appendingPathComponent("broken.json"))
    }
}
