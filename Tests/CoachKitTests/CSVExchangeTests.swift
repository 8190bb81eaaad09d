import Foundation
import OKRKit
import Testing

@testable import CoachKit

/// The CSV cells an export writes and the rows an import reads back.
@Suite struct CSVExchangeTests {
    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("'=x", "''=x"), ("'Tis fine", "'Tis fine"), ("Grow revenue", "Grow revenue"), ("", ""),
    ])
    func formulaCellsAreGuardedAndComeBack(cell: String, written: String) {
        #expect(CSVCells.neutralised(cell) == written)
        #expect(CSVCells.restored(written) == cell)
    }

    @Test func aNegativeBaselineStaysANumberWhileAFormulaTextIsGuarded() {
        let session = Session(
            name: "=evil", createdAt: Date(timeIntervalSince1970: 0),
            objectives: [Objective(text: "-Grow", keyResults: [KeyResult(text: "Raise the balance from -5 to 10 users")])])
        let rows = SessionCSV.document(session, today: CalendarDay(year: 2027, month: 2, day: 1)!).split(separator: "\r\n")
        let cells = rows[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(cells[0] == "'=evil")
        #expect(cells[4] == "'-Grow")
        #expect(cells[SessionCSV.columns.firstIndex(of: "baseline") ?? 0] == "-5")
    }

    @Test func rowsAreReadAsRFC4180WritesThem() throws {
        let rows = try CSVTable.rows("a,\"b,\"\"c\"\"\r\nd\",e\r\n\"\",f\n")
        #expect(rows == [
            CSVTable.Row(line: 1, fields: ["a", "b,\"c\"\r\nd", "e"]), CSVTable.Row(line: 3, fields: ["", "f"]),
        ])
        #expect(throws: CSVTable.Problem(line: 2)) { try CSVTable.rows("a\nb,\"open\nc") }
        #expect(throws: CSVTable.Problem(line: 1)) { try CSVTable.rows("a,\"b\"c\n") }
    }
}
