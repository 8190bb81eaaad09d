import OKRKit
import Testing

@Suite struct PlainNumberTests {
    @Test func numbersAreWrittenAsPeopleWriteThem() {
        #expect(PlainNumber.text(5) == "5")
        #expect(PlainNumber.text(1.5) == "1.5")
        #expect(PlainNumber.text(24_000) == "24,000")
        #expect(PlainNumber.text(2027) == "2027")
        #expect(PlainNumber.text(40_000, unit: "$") == "$40,000")
        #expect(PlainNumber.text(25, unit: "%") == "25%")
        #expect(PlainNumber.text(3, unit: "x") == "3x")
        #expect(PlainNumber.text(500, unit: "EUR") == "500 EUR")
    }

    @Test func oneTimeUnitIsSingular() {
        #expect(PlainNumber.text(1, unit: "days") == "1 day")
        #expect(PlainNumber.text(1, unit: "hours") == "1 hour")
        #expect(PlainNumber.text(2, unit: "days") == "2 days")
        #expect(PlainNumber.text(1.5, unit: "hours") == "1.5 hours")
        #expect(PlainNumber.text(1, unit: "ms") == "1 ms")
        #expect(PlainNumber.text(1, unit: "discovery meetings") == "1 discovery meetings")
    }
}
