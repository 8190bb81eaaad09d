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

    @Test func decimalsAreRoundedToSixPlaces() {
        // Written from the number's shortest form when it has six decimals or fewer, by rounding otherwise: both
        // ways must agree with what people read.
        #expect(PlainNumber.text(54.4) == "54.4")
        #expect(PlainNumber.text(-0.125) == "-0.125")
        #expect(PlainNumber.text(0.1 + 0.2) == "0.3")
        #expect(PlainNumber.text(2.0 / 3.0) == "0.666667")
        #expect(PlainNumber.text(0.0000001) == "0")
        #expect(PlainNumber.text(1_234_567.125) == "1234567.125")
        #expect(PlainNumber.text(2_500_000_000.5) == "2500000000.5")
        #expect(PlainNumber.text(-12_345) == "-12,345")
    }
}
