import CoachKit
import Foundation
import OKRKit

/// Sessions for the HTML handout: a company set, a team aligned to it (one link resolves, one points at an objective
/// the company no longer has), and a team whose every text tries to break out of the page.
enum HandoutFixtures {
    static let today = StatusFixtures.today
    static let book = try? PromptBook.defaults()

    static let company: Session = {
        var session = Session(
            name: "company", createdAt: Date(timeIntervalSince1970: 1_798_761_600), team: "Leadership",
            cycle: Cycle.parse("2027-Q1"))
        session.objectives = [
            Objective(text: "Win the mid-market", keyResults: [KeyResult(text: "Grow mid-market accounts from 120 to 200")]),
            Objective(text: "Keep every customer we win", kind: .committed, keyResults: [
                KeyResult(text: "Cut logo churn from 4% to 2%"),
            ]),
        ]
        return session
    }()

    /// A team with owners, a link to the company's O2.KR1, a link to a deleted objective, and key results with
    /// none, one and three check-ins.
    static var team: Session {
        let company = company
        var session = StatusFixtures.session
        session.name = "support-q1"
        session.team = "Support"
        session.objectives[0].owner = "Ana"
        session.objectives[0].keyResults[0].owner = "Bruno"
        session.objectives[0].keyResults[0].checkIns.append(
            CheckIn(date: StatusFixtures.day("2027-02-12"), value: 55, confidence: 6))
        session.objectives[0].parent = Alignment(
            sessionID: company.id, sessionName: company.name, objectiveID: company.objectives[1].id,
            keyResultID: company.objectives[1].keyResults[0].id)
        session.objectives[1].parent = Alignment(
            sessionID: company.id, sessionName: "company-old", objectiveID: UUID())
        return session
    }

    /// Text meant to break out of text, of an attribute, of the style sheet, or to load something.
    static let hostile = "<script>alert(1)</script> \"quoted\" 'single' R&D </style><img src=http://evil.example/x.png>"
        + " url(http://evil.example/f.woff) @import 'https://evil.example/s.css'; //evil.example"

    static var hostileTeam: Session {
        var session = Session(
            name: "<script>alert('name')</script>", createdAt: Date(timeIntervalSince1970: 1_798_761_600),
            team: hostile, cycle: Cycle.parse("2027-Q1"))
        var objective = Objective(text: "Obj " + hostile, keyResults: [
            KeyResult(text: "Raise NPS from 45 to 70 " + hostile, checkIns: [
                CheckIn(date: StatusFixtures.day("2027-01-20"), value: 50, note: hostile),
                CheckIn(date: StatusFixtures.day("2027-02-10"), value: 56, note: hostile),
            ]),
        ])
        objective.owner = hostile
        objective.keyResults[0].owner = hostile
        objective.parent = Alignment(sessionID: UUID(), sessionName: hostile, objectiveID: UUID())
        session.objectives = [objective]
        return session
    }
}
