import OKRKit
import Testing

@Suite struct QuantityTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let kind: Quantity.Kind
        let value: Double
        var unit: String? = nil
        var bound: Bound? = nil
        var upper: Double? = nil
        var per: String? = nil
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "15", kind: .number, value: 15),
        Case(text: "1.5%", kind: .percent, value: 1.5, unit: "%"),
        Case(text: "100,000", kind: .number, value: 100_000),
        Case(text: "100\u{202F}000 users", kind: .count, value: 100_000, unit: "users"),
        Case(text: "3-fold", kind: .multiplier, value: 3, unit: "x"),
        Case(text: "$100.000", kind: .currency, value: 100_000, unit: "$"),
        Case(text: "1,5 %", kind: .percent, value: 1.5, unit: "%"),
        Case(text: "1.234,56 €", kind: .currency, value: 1234.56, unit: "€"),
        Case(text: "250K", kind: .number, value: 250_000),
        Case(text: "$1.2M", kind: .currency, value: 1_200_000, unit: "$"),
        Case(text: "3bn", kind: .number, value: 3e9),
        Case(text: "€40k", kind: .currency, value: 40_000, unit: "€"),
        Case(text: "2.5 million dollars", kind: .currency, value: 2_500_000, unit: "$"),
        Case(text: "EUR 300", kind: .currency, value: 300, unit: "EUR"),
        Case(text: "USD1.2M", kind: .currency, value: 1_200_000, unit: "USD"),
        Case(text: "70+", kind: .number, value: 70, bound: .atLeast),
        Case(text: "at least 40 pts", kind: .points, value: 40, unit: "points", bound: .atLeast),
        Case(text: "no more than 2 hours", kind: .duration, value: 2, unit: "hours", bound: .atMost),
        Case(text: "under 200ms", kind: .duration, value: 200, unit: "ms", bound: .atMost),
        Case(text: "20/month", kind: .number, value: 20, per: "month"),
        Case(text: "9h", kind: .duration, value: 9, unit: "hours"),
        Case(text: "2x", kind: .multiplier, value: 2, unit: "x"),
        Case(text: "10×", kind: .multiplier, value: 10, unit: "x"),
        Case(text: "x3", kind: .multiplier, value: 3, unit: "x"),
        Case(text: "double", kind: .multiplier, value: 2, unit: "x"),
        Case(text: "tripled", kind: .multiplier, value: 3, unit: "x"),
        Case(text: "cut in half", kind: .multiplier, value: 0.5, unit: "x"),
        Case(text: "twenty-five", kind: .number, value: 25),
        Case(text: "a dozen workshops", kind: .count, value: 12, unit: "workshops"),
        Case(text: "three new products", kind: .count, value: 3, unit: "new products"),
        Case(text: "one hundred and fifty", kind: .number, value: 150),
        Case(text: "20-25%", kind: .percent, value: 20, unit: "%", upper: 25),
        Case(text: "50%–60%", kind: .percent, value: 50, unit: "%", upper: 60),
        Case(text: "2,5x", kind: .multiplier, value: 2.5, unit: "x"),
        Case(text: "between 20 and 25 percent", kind: .percent, value: 20, unit: "%", upper: 25),
        Case(text: "15 pct", kind: .percent, value: 15, unit: "%"),
        Case(text: "3 percentage points", kind: .points, value: 3, unit: "pp"),
        Case(text: "50 bps", kind: .points, value: 0.5, unit: "pp"),
        Case(text: "12 interviews", kind: .count, value: 12, unit: "interviews"),
        Case(text: "5 business days", kind: .duration, value: 5, unit: "days"),
        Case(text: "45 minutes", kind: .duration, value: 45, unit: "minutes"),
        Case(text: "in 2027", kind: .year, value: 2027),
        Case(text: "by 2027-03-31", kind: .date, value: 2027),
        Case(text: "grow fivefold", kind: .multiplier, value: 5, unit: "x"),
        Case(text: "a twelve-fold rise", kind: .multiplier, value: 12, unit: "x"),
        Case(text: "thirtyfold", kind: .multiplier, value: 30, unit: "x"),
        Case(text: "7-fold", kind: .multiplier, value: 7, unit: "x"),
        Case(text: "a trillion-dollar market", kind: .currency, value: 1e12, unit: "$"),
        Case(text: "1 250 000 visits", kind: .count, value: 1_250_000, unit: "visits"),
        Case(text: "45 500", kind: .number, value: 45_500),
        Case(text: "99999999999999999999999", kind: .number, value: 1e23),
    ]

    @Test(arguments: cases) func readsAmountsAsPeopleTypeThem(_ c: Case) throws {
        let q = try #require(KeyResultReader.quantities(in: c.text).first)
        #expect(q.kind == c.kind)
        #expect(abs(q.value - c.value) <= 1e-9 * max(1, abs(c.value)))
        #expect(q.unit == c.unit)
        #expect(q.bound == c.bound)
        #expect(q.upper == c.upper)
        #expect(q.per == c.per)
    }

    @Test func yearsAndDatesAreNotMeasures() {
        let found = KeyResultReader.quantities(in: "Become the leading payroll app in Europe by March 31, 2027")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.isMeasure })
        #expect(KeyResultReader.quantities(in: "Grow to 2000 customers by 2027").filter(\.isMeasure).map(\.value) == [2000])
    }

    @Test func objectivesWithAmountsHaveThem() {
        for text in [
            "Increase customer satisfaction by 20% next quarter", "Double our revenue", "Reach one million readers",
            "Become profitable at $2M ARR", "Expand into three new countries", "Cut support costs in half",
        ] {
            #expect(!KeyResultReader.quantities(in: text).filter(\.isMeasure).isEmpty, "\(text)")
        }
    }

    @Test func datesWrittenWithDigitsAreDates() {
        for text in ["by 31.12.2027", "by 2027/12/31", "by 12/31/2027", "by 2027-12-31", "on March 3rd", "by the 1st of July"] {
            let found = KeyResultReader.quantities(in: text)
            #expect(!found.isEmpty && found.allSatisfy { !$0.isMeasure }, "\(text)")
        }
    }

    @Test func confidenceIsNotAnAmount() {
        #expect(KeyResultReader.quantities(in: "Improve brand recognition (confidence 5/10)").isEmpty)
    }

    @Test func objectivesWithoutAmountsHaveNone() {
        for text in [
            "Delight our customers", "Make onboarding effortless this quarter", "Be the team others copy", "May we win",
            "Offer 24/7 support that feels human", "One team, one platform", "Get SOC 2 and ISO 27001 certified",
            "Ship v2.1 of the mobile app in H1", "Double down on the enterprise segment", "Own the second half of 2027",
            "Offer a 30-day money-back guarantee", "Earn 5-star reviews everywhere", "Win the 2027 Gartner award",
        ] {
            #expect(KeyResultReader.quantities(in: text).filter(\.isMeasure).isEmpty, "\(text)")
        }
    }

    @Test func spacesJoinThousandsOnlyBeforeExactlyThreeDigits() {
        #expect(KeyResultReader.quantities(in: "Grow from 12 500 to 20 000 donors").map(\.value) == [12_500, 20_000])
        #expect(KeyResultReader.quantities(in: "Run 4 200-person events").first?.value == 4)
        #expect(KeyResultReader.quantities(in: "Sell 6 1200 units").first?.value == 6)
        #expect(KeyResultReader.quantities(in: "Place 2 750.5 kg").first?.value == 2)
        #expect(KeyResultReader.quantities(in: "Team 1234 560").first?.value == 1234)
    }

    @Test func durationsKnowTheirLength() {
        #expect(KeyResultReader.quantities(in: "2 days").first?.seconds == 172_800)
        #expect(KeyResultReader.quantities(in: "12 interviews").first?.seconds == nil)
    }
}
