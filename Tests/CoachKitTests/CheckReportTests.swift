import CoachKit
import Foundation
import OKRKit
import Testing

@Suite struct CheckReportTests {
    let book: PromptBook
    init() throws { book = try PromptBook.defaults() }

    private func document(_ outline: String) -> CheckReportDocument {
        let parsed = OutlineParser.parse(outline)
        return CheckReportDocument(CheckEngine().check(parsed.objectives, cycle: parsed.cycle), book: book)
    }

    @Test func everyRuleHasItsWordsInThePromptBook() {
        for key in RulePrompt.allCases {
            #expect(book.source(of: key.path) != nil, "missing \(key.path)")
        }
        #expect(RulePrompt.allCases.count == RuleCatalog.standard.descriptions.count * 3)
    }

    @Test func findingsAreRenderedInThePersonsWordsWithoutEscaping() throws {
        let doc = document("""
            Objective: Delight R&D's "power" users
            - Improve the <beta> experience
            """)
        let findings = doc.objectives[0].keyResults[0].findings
        let finding = try #require(findings.first(where: { $0.rule == "kr-no-number" }))
        #expect(finding.severity == .error)
        #expect(finding.category == .measurable)
        #expect(finding.why.contains("Improve the <beta> experience"))
        #expect(!finding.message.isEmpty && !finding.fix.isEmpty)
        #expect(!finding.message.contains("[rules."))
        #expect(doc.objectives[0].text == "Delight R&D's \"power\" users")
    }

    @Test func jsonHasTheIssueShapeWithNullsForAbsentValues() throws {
        let doc = document("Objective: Growth\n- Improve brand recognition in our core markets\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(doc.json.joined())) as? [String: Any])
        let objectives = try #require(json["objectives"] as? [[String: Any]])
        #expect(objectives[0]["text"] as? String == "Growth")
        #expect(objectives[0]["kind"] as? String == "aspirational")
        let keyResult = try #require((objectives[0]["keyResults"] as? [[String: Any]])?.first)
        let reading = try #require(keyResult["reading"] as? [String: Any])
        for field in ["direction", "metric", "baseline", "target", "change", "unit", "deadline", "confidence"] {
            #expect(reading.keys.contains(field), "reading lacks \(field)")
        }
        #expect(reading["baseline"] is NSNull)
        let finding = try #require((objectives[0]["findings"] as? [[String: Any]])?.first)
        for field in ["rule", "severity", "category", "message", "why", "fix"] {
            #expect(finding[field] is String, "finding lacks \(field)")
        }
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["strength"] is Int)
        #expect(json["findings"] is [Any])
    }

    @Test func textGroupsByObjectiveAndMarksSeverity() {
        let doc = document("""
            Objective: Delight first-time buyers
            - Improve the unboxing experience
            - Raise first-order CSAT from 4.1 to 4.6 by end of Q3
            """)
        let text = CheckReportText(doc, book: book, failed: true).plain
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Objective 1 · Delight first-time buyers") == true)
        #expect(lines.contains { $0.hasPrefix("  KR 1 · Improve the unboxing experience") })
        #expect(lines.contains { $0.hasPrefix("    ✖ error kr-no-number") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("read:") })
        #expect(lines.last?.contains("errors: 1") == true)
    }

    @Test func aRunFailsOnErrorsAndUnderStrictOnWarnings() {
        let growth = Objective(text: "Growth", keyResults: [
            KeyResult(text: "Grow MRR from $40k to $60k by end of Q3"), KeyResult(text: "Cut churn from 3% to 2% by end of Q3"),
        ])
        #expect(!CheckRun([growth], cycle: nil, book: book).failed)
        #expect(CheckRun([growth], cycle: nil, book: book, strict: true).failed)
        var vague = growth
        vague.keyResults.append(KeyResult(text: "Make customers happier"))
        #expect(CheckRun([vague], cycle: nil, book: book).failed)
        let session = Session(name: "q3", createdAt: .distantPast, cycle: Cycle.quarter(2027, 3), objectives: [growth])
        #expect(CheckRun(session, book: book).report.cycle?.label == "2027-Q3")
    }
}
