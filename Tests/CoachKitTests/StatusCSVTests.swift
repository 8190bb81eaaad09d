import CoachKit
import Foundation
import OKRKit
import Testing

/// `okr-coach status --format csv` is opened in spreadsheets: a text that would run as a formula is shown as text.
@Suite struct StatusCSVTests {
    @Test func textsThatWouldRunAsFormulasAreNeutralisedAndNumbersAreNot() throws {
        var keyResult = KeyResult(text: "=HYPERLINK(\"http://x\",\"Raise NPS from 45 to 70\")")
        keyResult.owner = "@SUM(A1)"
        let day = try #require(CalendarDay(year: 2027, month: 1, day: 10))
        keyResult.checkIns = [CheckIn(date: day, value: -5)]
        let session = Session(
            name: "-team", createdAt: Date(timeIntervalSince1970: 1_798_000_000),
            objectives: [Objective(text: "+Grow", keyResults: [keyResult])])
        let csv = StatusCSV.document([SessionStatus(session, today: day)])
        let row = try #require(csv.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row.hasPrefix("'-team,"))
        #expect(row.contains(",'+Grow,"))
        #expect(row.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Raise NPS from 45 to 70\"\")\""))
        #expect(row.hasSuffix(",'@SUM(A1)"))
        #expect(row.contains(",-5,"), "a number stays a number: \(row)")
    }
}
