import CoachKit
import Foundation
import OKRKit
import Testing

/// Pins what `okr-coach report --format json` prints for a small workshop, byte for byte: a company session, a
/// team aligned to one of its key results that has checked in, and a file that could not be read.
@Suite struct WorkshopReportJSONPinTests {
    static var workshop: [Session] {
        let created = Date(timeIntervalSince1970: 1_798_761_600)
        var company = Session(name: "company", createdAt: created, team: "Acme", cycle: Cycle.parse("2027-Q1"))
        var objective = Objective(text: "Win the mid-market", keyResults: [KeyResult(text: "Raise NPS from 30 to 45")])
        objective.owner = "Eva"
        company.objectives = [objective]
        var team = Session(name: "support", createdAt: created, cycle: Cycle.parse("2027-Q1"))
        var supports = Objective(text: "Make every customer a promoter", kind: .committed, keyResults: [
            KeyResult(text: "Raise CSAT from 80% to 90%", checkIns: [
                CheckIn(date: CalendarDay("2027-01-29")!, value: 82, confidence: 3),
            ]),
            KeyResult(text: "Answer faster"),
        ])
        supports.keyResults[0].owner = "Chen"
        supports.parent = Alignment(
            sessionID: company.id, sessionName: "company", objectiveID: objective.id,
            keyResultID: objective.keyResults[0].id)
        team.objectives = [supports]
        return [company, team]
    }

    @Test func aSmallWorkshopPrintsExactlyThisJSON() throws {
        let report = WorkshopReport(
            sessions: Self.workshop, unreadable: [WorkshopReport.Unreadable(file: "broken.json", reason: "not JSON")],
            today: CalendarDay("2027-02-15")!, book: try sharedBook.get())
        let json = String(decoding: WorkshopReportJSON.document(report).joined(), as: UTF8.self)
        #expect(json == Self.pinned)
    }

    static let pinned = #"""
        {
          "today": "2027-02-15",
          "cycle": null,
          "unreadable": [
            {
              "file": "broken.json",
              "reason": "not JSON"
            }
          ],
          "sessions": [
            {
              "name": "company",
              "team": "Acme",
              "cycle": {
                "label": "2027-Q1",
                "start": "2027-01-01",
                "end": "2027-03-31"
              },
              "company": true,
              "strength": 95,
              "errors": 0,
              "warnings": 1,
              "hints": 0,
              "checkedIn": false,
              "score": null,
              "objectives": [
                {
                  "ref": "O1",
                  "text": "Win the mid-market",
                  "kind": "aspirational",
                  "owner": "Eva",
                  "alignment": "company",
                  "parent": null,
                  "keyResults": [
                    {
                      "ref": "O1.KR1",
                      "text": "Raise NPS from 30 to 45",
                      "owner": "Eva",
                      "measure": "increase",
                      "baseline": 30,
                      "target": 45,
                      "unit": null,
                      "current": null,
                      "progress": null,
                      "status": "pending",
                      "due": true,
                      "lastCheckIn": null,
                      "score": null,
                      "errors": 0,
                      "warnings": 0,
                      "hints": 0
                    }
                  ]
                }
              ]
            },
            {
              "name": "support",
              "team": null,
              "cycle": {
                "label": "2027-Q1",
                "start": "2027-01-01",
                "end": "2027-03-31"
              },
              "company": false,
              "strength": 70,
              "errors": 1,
              "warnings": 0,
              "hints": 0,
              "checkedIn": true,
              "score": null,
              "objectives": [
                {
                  "ref": "O1",
                  "text": "Make every customer a promoter",
                  "kind": "committed",
                  "owner": null,
                  "alignment": "aligned",
                  "parent": {
                    "session": "company",
                    "ref": "O1.KR1"
                  },
                  "keyResults": [
                    {
                      "ref": "O1.KR1",
                      "text": "Raise CSAT from 80% to 90%",
                      "owner": "Chen",
                      "measure": "increase",
                      "baseline": 80,
                      "target": 90,
                      "unit": "%",
                      "current": 82,
                      "progress": 0.2,
                      "status": "at-risk",
                      "due": true,
                      "lastCheckIn": "2027-01-29",
                      "score": null,
                      "errors": 0,
                      "warnings": 0,
                      "hints": 0
                    },
                    {
                      "ref": "O1.KR2",
                      "text": "Answer faster",
                      "owner": null,
                      "measure": "milestone",
                      "baseline": null,
                      "target": null,
                      "unit": null,
                      "current": null,
                      "progress": null,
                      "status": "pending",
                      "due": true,
                      "lastCheckIn": null,
                      "score": null,
                      "errors": 1,
                      "warnings": 0,
                      "hints": 0
                    }
                  ]
                }
              ]
            }
          ],
          "tree": {
            "companies": [
              {
                "session": "company",
                "objectives": [
                  {
                    "session": "company",
                    "ref": "O1",
                    "text": "Win the mid-market",
                    "owner": "Eva",
                    "through": null,
                    "supportedBy": [
                      {
                        "session": "support",
                        "ref": "O1",
                        "text": "Make every customer a promoter",
                        "owner": null,
                        "through": "O1.KR1",
                        "supportedBy": []
                      }
                    ]
                  }
                ]
              }
            ],
            "orphans": [],
            "parentMissing": [],
            "unsupported": []
          },
          "weakest": [
            {
              "session": "support",
              "ref": "O1.KR2",
              "text": "Answer faster",
              "owner": null,
              "status": "pending",
              "progress": null,
              "expected": 0.5056179775280899,
              "lastCheckIn": null,
              "errors": 1,
              "warnings": 0,
              "rule": "kr-no-number",
              "message": "The key result has nothing to measure.",
              "fix": "Name the number that would show it worked: what changes, from today's value to a target, by when."
            }
          ],
          "atRisk": [
            {
              "session": "support",
              "ref": "O1.KR1",
              "text": "Raise CSAT from 80% to 90%",
              "owner": "Chen",
              "status": "at-risk",
              "progress": 0.2,
              "expected": 0.5056179775280899,
              "lastCheckIn": "2027-01-29",
              "errors": 0,
              "warnings": 0,
              "rule": null,
              "message": null,
              "fix": null
            }
          ],
          "notCheckedIn": [
            {
              "session": "support",
              "ref": "O1.KR1",
              "text": "Raise CSAT from 80% to 90%",
              "owner": "Chen",
              "status": "at-risk",
              "progress": 0.2,
              "expected": 0.5056179775280899,
              "lastCheckIn": "2027-01-29",
              "errors": 0,
              "warnings": 0,
              "rule": null,
              "message": null,
              "fix": null
            },
            {
              "session": "support",
              "ref": "O1.KR2",
              "text": "Answer faster",
              "owner": null,
              "status": "pending",
              "progress": null,
              "expected": 0.5056179775280899,
              "lastCheckIn": null,
              "errors": 1,
              "warnings": 0,
              "rule": "kr-no-number",
              "message": "The key result has nothing to measure.",
              "fix": "Name the number that would show it worked: what changes, from today's value to a target, by when."
            }
          ],
          "scores": []
        }
        """#
}
