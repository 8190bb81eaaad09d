import CoachKit
import Foundation
import OKRKit
import Testing

/// Pins what `okr-coach check --format json` prints for a small outline, byte for byte, so a faster reader,
/// engine or writer cannot change it unnoticed.
@Suite struct CheckJSONPinTests {
    @Test func aSmallOutlinePrintsExactlyThisJSON() throws {
        let outline = OutlineParser.parse(#"""
            Cycle: 2027-Q2

            Objective: Delight first-time "R&D" buyers [committed]
            - Raise first-order CSAT from 4.1 to 4.6 by end of Q2 (confidence 8/10)
            - Cut order tickets from 1,200 to 600 a month
            - Hold 12 customer interviews
            """#)
        let run = CheckRun(
            outline.objectives, cycle: outline.cycle, book: try PromptBook.defaults(),
            source: CheckSource(file: "okrs.md", outline: outline))
        #expect(String(decoding: run.document.json.joined(), as: UTF8.self) == #"""
            {
              "objectives": [
                {
                  "text": "Delight first-time \"R&D\" buyers",
                  "kind": "committed",
                  "line": 3,
                  "findings": [],
                  "keyResults": [
                    {
                      "text": "Raise first-order CSAT from 4.1 to 4.6 by end of Q2",
                      "reading": {
                        "direction": "increase",
                        "metric": "first-order CSAT",
                        "baseline": 4.1,
                        "target": 4.6,
                        "change": null,
                        "unit": null,
                        "deadline": "by end of Q2",
                        "confidence": 8
                      },
                      "line": 4,
                      "findings": []
                    },
                    {
                      "text": "Cut order tickets from 1,200 to 600 a month",
                      "reading": {
                        "direction": "decrease",
                        "metric": "order tickets",
                        "baseline": 1200,
                        "target": 600,
                        "change": null,
                        "unit": null,
                        "deadline": null,
                        "confidence": null
                      },
                      "line": 5,
                      "findings": []
                    },
                    {
                      "text": "Hold 12 customer interviews",
                      "reading": {
                        "direction": "achieve",
                        "metric": "customer interviews",
                        "baseline": null,
                        "target": 12,
                        "change": null,
                        "unit": "customer interviews",
                        "deadline": null,
                        "confidence": null
                      },
                      "line": 6,
                      "findings": [
                        {
                          "rule": "kr-activity",
                          "severity": "warning",
                          "category": "relevant",
                          "message": "The key result is an activity (“hold”), not an outcome.",
                          "why": "You can hold and still not move “Delight first-time \"R&D\" buyers”. A key result should measure the change the work makes, so the team can pick the best work to get there.",
                          "fix": "Ask what “Hold 12 customer interviews” should change, and measure that: a rate, a count of customers, a time or an amount, from today's value to a target.",
                          "rewrite": null,
                          "values": {
                            "activity": "hold",
                            "objective": "Delight first-time \"R&D\" buyers",
                            "text": "Hold 12 customer interviews"
                          }
                        }
                      ]
                    }
                  ]
                }
              ],
              "findings": [],
              "summary": {
                "errors": 0,
                "warnings": 1,
                "hints": 0,
                "strength": 97,
                "checks": 26
              },
              "cycle": "2027-Q2",
              "file": "okrs.md"
            }
            """#)
    }
}
