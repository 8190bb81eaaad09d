import Foundation
import OKRKit
import Testing

/// Links between sessions, followed by id: where they point, what supports an objective, and which new link would
/// close a loop, even over files edited by hand into one already.
@Suite struct AlignmentIndexTests {
    static let created = Date(timeIntervalSince1970: 1_798_000_000)

    static func session(_ name: String, _ objectives: [String]) -> Session {
        Session(name: name, createdAt: created, objectives: objectives.map {
            Objective(text: $0, keyResults: [KeyResult(text: "Raise NPS from 30 to 45"), KeyResult(text: "Cut churn from 3% to 2%")])
        })
    }

    static func link(_ parent: Session, _ o: Int, keyResult k: Int? = nil) -> Alignment {
        Alignment(
            sessionID: parent.id, sessionName: parent.name, objectiveID: parent.objectives[o].id,
            keyResultID: k.map { parent.objectives[o].keyResults[$0].id })
    }

    @Test func aLinkPointsAtAnObjectiveOrAKeyResultAndSaysWhenItIsMissing() {
        let company = Self.session("company", ["Grow revenue", "Delight customers"])
        var team = Self.session("sales", ["Win the mid-market", "Shorten the sales cycle"])
        team.objectives[0].parent = Self.link(company, 1, keyResult: 0)
        team.objectives[1].parent = Self.link(company, 0)
        let index = AlignmentIndex([company, team])
        #expect(index.place(of: Self.link(company, 1, keyResult: 0)) == .init(session: 0, objective: 1, keyResult: 0))
        let parents = index.parents(of: team)
        #expect(parents[team.objectives[0].id] == .found(
            reference: "company:O2.KR1", text: "Raise NPS from 30 to 45", objective: "Delight customers"))
        #expect(parents[team.objectives[1].id] == .found(reference: "company:O1", text: "Grow revenue", objective: nil))
        #expect(index.children(of: .init(session: 0, objective: 1)) == [.init(session: 1, objective: 0)])

        var deleted = company
        deleted.objectives[1].keyResults.remove(at: 0)
        #expect(AlignmentIndex([deleted, team]).parents(of: team)[team.objectives[0].id] == .missing(session: "company"))
        #expect(AlignmentIndex([team]).parents(of: team)[team.objectives[1].id] == .missing(session: "company"))
    }

    @Test func renamingOrReorderingTheParentKeepsTheLink() {
        var company = Self.session("company", ["Grow revenue", "Delight customers"])
        var team = Self.session("sales", ["Win the mid-market"])
        team.objectives[0].parent = Self.link(company, 1)
        company.name = "hq"
        company.objectives.swapAt(0, 1)
        #expect(AlignmentIndex([company, team]).parents(of: team)[team.objectives[0].id]
            == .found(reference: "hq:O1", text: "Delight customers", objective: nil))
    }

    @Test func aLinkBackToItselfOrThroughOthersWouldLoop() {
        var company = Self.session("company", ["Grow revenue"])
        var division = Self.session("division", ["Win Europe"])
        let team = Self.session("team", ["Win Spain"])
        division.objectives[0].parent = Self.link(company, 0)
        var index = AlignmentIndex([company, division, team])
        let teamID = team.objectives[0].id
        #expect(!index.wouldLoop(objective: teamID, session: team.id, to: Self.link(division, 0)))
        #expect(index.wouldLoop(objective: company.objectives[0].id, session: company.id, to: Self.link(division, 0)))
        #expect(index.wouldLoop(objective: teamID, session: team.id, to: Self.link(team, 0)), "itself")
        #expect(index.wouldLoop(objective: teamID, session: team.id, to: Self.link(team, 0, keyResult: 1)), "its own key result")

        // A loop already in the files (edited by hand) ends the walk rather than running forever.
        company.objectives[0].parent = Self.link(division, 0)
        index = AlignmentIndex([company, division, team])
        #expect(!index.wouldLoop(objective: teamID, session: team.id, to: Self.link(company, 0)))
    }
}
