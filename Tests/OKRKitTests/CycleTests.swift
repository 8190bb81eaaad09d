import OKRKit
import Testing

@Suite struct CycleTests {
    @Test func readsQuarterLabelsPeopleType() {
        for text in ["2027-Q1", "2027q1", "Q1 2027", "2027 Q1"] {
            #expect(Cycle.parse(text)?.label == "2027-Q1", "\(text)")
        }
        #expect(Cycle.parse("2027-Q1")?.end == CalendarDay(year: 2027, month: 3, day: 31))
        #expect(Cycle.parse("2027-H2")?.start == CalendarDay(year: 2027, month: 7, day: 1))
        #expect(Cycle.parse("2027")?.end == CalendarDay(year: 2027, month: 12, day: 31))
    }

    @Test func refusesWhatIsNotACycle() {
        for text in ["", "Q5 2027", "2027-Q0", "next quarter", "27-Q1", "2027-H3"] {
            #expect(Cycle.parse(text) == nil, "\(text)")
        }
    }

    @Test func calendarDaysRoundTripAndRefuseImpossibleDates() {
        #expect(CalendarDay("2028-02-29")?.description == "2028-02-29")
        #expect(CalendarDay("2027-02-29") == nil)
        #expect(CalendarDay("2027-13-01") == nil)
        #expect(CalendarDay("2027-1-01") == nil)
        let a = CalendarDay(year: 2027, month: 1, day: 1)!, b = CalendarDay(year: 2027, month: 3, day: 31)!
        #expect(b.ordinal - a.ordinal == 89)
    }
}

@Suite struct CycleRangeTests {
    @Test func readsTwoDates() {
        for text in ["2027-01-01 to 2027-03-31", "2027-01-01..2027-03-31", "from 2027-01-01 through 2027-03-31"] {
            let cycle = Cycle.parseRange(text)
            #expect(cycle?.start == CalendarDay("2027-01-01"), "\(text)")
            #expect(cycle?.end == CalendarDay("2027-03-31"), "\(text)")
        }
        #expect(Cycle.parseRange("2027-03-31 to 2027-01-01") == nil)
        #expect(Cycle.parseRange("2027-01-01") == nil)
        #expect(Cycle.parseRange("2027-02-30 to 2027-03-31") == nil)
    }
}

/// The cycle `/next-cycle` starts: the next quarter, half or year, or as many days again.
@Suite struct NextCycleTests {
    @Test(arguments: [
        ("2027-Q1", "2027-Q2", "2027-04-01", "2027-06-30"),
        ("2027-Q4", "2028-Q1", "2028-01-01", "2028-03-31"),
        ("2027-H2", "2028-H1", "2028-01-01", "2028-06-30"),
        ("2027-H1", "2027-H2", "2027-07-01", "2027-12-31"),
        ("2027", "2028", "2028-01-01", "2028-12-31"),
        ("2027-01-10 to 2027-02-08", "2027-02-09..2027-03-10", "2027-02-09", "2027-03-10"),
    ])
    func theNextCycleFollowsTheLastOne(cycle: String, label: String, start: String, end: String) throws {
        let next = try #require(Cycle.read(cycle)?.next)
        #expect(next.label == label)
        #expect(next.start.description == start)
        #expect(next.end.description == end)
    }
}
