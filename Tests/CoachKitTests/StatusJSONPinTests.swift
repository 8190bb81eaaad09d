import CoachKit
import Foundation
import OKRKit
import Testing

/// Pins what `okr-coach status --format json` prints for a small session, byte for byte: the issue's contract, with
/// every key present, `null` for what does not apply, numbers in full and days as YYYY-MM-DD.
@Suite struct StatusJSONPinTests {
    @Test func aSmallSessionPrintsExactlyThisJSON() throws {
        let json = String(decoding: StatusJSON.document([StatusFixtures.status]).joined(), as: UTF8.self)
        #expect(json == Self.pinned)
    }

    @Test func aSessionWithoutACycleHasANullCycleAndStartsOnItsCreationDay() throws {
        var session = StatusFixtures.session
        session.cycle = nil
        let status = SessionStatus(session, today: StatusFixtures.today)
        #expect(status.report.start == CalendarDay.local(session.createdAt))
        let json = String(decoding: StatusJSON.document([status]).joined(), as: UTF8.self)
        #expect(json.contains(#""cycle": null,"#))
        #expect(json.contains(#""expected": null,"#), "no end without a cycle or a deadline")
    }

    static let pinned = #"""
        {
          "sessions": [
            {
              "name": "team-q1",
              "cycle": {
                "label": "2027-Q1",
                "start": "2027-01-01",
                "end": "2027-03-31"
              },
              "today": "2027-02-15",
              "score": 0.56,
              "verdict": "partial",
              "objectives": [
                {
                  "ref": "O1",
                  "text": "Delight first-time buyers",
                  "kind": "aspirational",
                  "progress": 0.22000000000000003,
                  "score": 0.22,
                  "keyResults": [
                    {
                      "ref": "O1.KR1",
                      "text": "Raise NPS from 45 to 70",
                      "measure": "increase",
                      "baseline": 45,
                      "target": 70,
                      "current": 52,
                      "rawProgress": 0.28,
                      "progress": 0.28,
                      "expected": 0.5056179775280899,
                      "status": "behind",
                      "confidence": 6,
                      "confidenceChange": -1,
                      "divergent": false,
                      "due": true,
                      "stale": true,
                      "forecast": 0.8027109266943292,
                      "trendingOff": false,
                      "score": 0.28,
                      "givenScore": null,
                      "checkIns": [
                        {
                          "date": "2027-01-15",
                          "value": 48,
                          "done": null,
                          "confidence": 7,
                          "note": null
                        },
                        {
                          "date": "2027-02-01",
                          "value": 52,
                          "done": null,
                          "confidence": 6,
                          "note": "survey moved"
                        }
                      ]
                    },
                    {
                      "ref": "O1.KR2",
                      "text": "Cut churn from 3% to 2%",
                      "measure": "decrease",
                      "baseline": 3,
                      "target": 2,
                      "current": 2.4,
                      "rawProgress": 0.6000000000000001,
                      "progress": 0.6000000000000001,
                      "expected": 0.5056179775280899,
                      "status": "on-track",
                      "confidence": 8,
                      "confidenceChange": 1,
                      "divergent": false,
                      "due": false,
                      "stale": false,
                      "forecast": 1,
                      "trendingOff": false,
                      "score": 0.6,
                      "givenScore": null,
                      "checkIns": [
                        {
                          "date": "2027-01-20",
                          "value": 2.8,
                          "done": null,
                          "confidence": 7,
                          "note": null
                        },
                        {
                          "date": "2027-02-10",
                          "value": 2.4,
                          "done": null,
                          "confidence": 8,
                          "note": null
                        }
                      ]
                    },
                    {
                      "ref": "O1.KR3",
                      "text": "Keep uptime at or above 99.9%",
                      "measure": "at-least",
                      "baseline": null,
                      "target": 99.9,
                      "current": 99.8,
                      "rawProgress": null,
                      "progress": 0,
                      "expected": 0.5056179775280899,
                      "status": "at-risk",
                      "confidence": 8,
                      "confidenceChange": null,
                      "divergent": true,
                      "due": false,
                      "stale": false,
                      "forecast": null,
                      "trendingOff": false,
                      "score": 0,
                      "givenScore": null,
                      "checkIns": [
                        {
                          "date": "2027-02-10",
                          "value": 99.8,
                          "done": null,
                          "confidence": 8,
                          "note": null
                        }
                      ]
                    },
                    {
                      "ref": "O1.KR4",
                      "text": "Increase activation to 60%",
                      "measure": "increase",
                      "baseline": null,
                      "target": null,
                      "current": null,
                      "rawProgress": null,
                      "progress": 0,
                      "expected": 0.5056179775280899,
                      "status": "pending",
                      "confidence": null,
                      "confidenceChange": null,
                      "divergent": false,
                      "due": true,
                      "stale": true,
                      "forecast": null,
                      "trendingOff": false,
                      "score": 0,
                      "givenScore": null,
                      "checkIns": []
                    }
                  ]
                },
                {
                  "ref": "O2",
                  "text": "Pass the audit",
                  "kind": "committed",
                  "progress": 1,
                  "score": 0.9,
                  "keyResults": [
                    {
                      "ref": "O2.KR1",
                      "text": "Ship the \"R&D\" portal",
                      "measure": "milestone",
                      "baseline": null,
                      "target": null,
                      "current": 100,
                      "rawProgress": 1,
                      "progress": 1,
                      "expected": 0.5056179775280899,
                      "status": "achieved",
                      "confidence": 9,
                      "confidenceChange": null,
                      "divergent": false,
                      "due": false,
                      "stale": false,
                      "forecast": 1,
                      "trendingOff": false,
                      "score": 1,
                      "givenScore": 0.9,
                      "checkIns": [
                        {
                          "date": "2027-02-10",
                          "value": 100,
                          "done": true,
                          "confidence": 9,
                          "note": "shipped, \"early\""
                        }
                      ]
                    }
                  ]
                },
                {
                  "ref": "O3",
                  "text": "Hire well",
                  "kind": "aspirational",
                  "progress": 0,
                  "score": null,
                  "keyResults": []
                }
              ],
              "summary": {
                "achieved": 1,
                "onTrack": 1,
                "behind": 1,
                "atRisk": 1,
                "pending": 1,
                "due": 2,
                "stale": 2
              }
            }
          ]
        }
        """#
}
