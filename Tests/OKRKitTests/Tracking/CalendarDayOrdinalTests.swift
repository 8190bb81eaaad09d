import OKRKit
import Testing

/// Day arithmetic: `CalendarDay(ordinal:)` undoes `ordinal` over the whole range of years, and counts agree.
@Suite struct CalendarDayOrdinalTests {
    @Test func ordinalAndItsInverseAgreeOnASampleOfDaysInYears1To9999() throws {
        var g = SplitMix64(seed: 132_027)
        for round in 0..<20_000 {
            let year = Int.random(in: 1...9999, using: &g), month = Int.random(in: 1...12, using: &g)
            let day = Int.random(in: 1...CalendarDay.daysIn(month: month, year: year), using: &g)
            let date = try #require(CalendarDay(year: year, month: month, day: day))
            #expect(CalendarDay(ordinal: date.ordinal) == date, "round \(round): \(date)")
            // The next day is one ordinal on, across month, year and leap-day ends.
            if let next = CalendarDay(ordinal: date.ordinal + 1) {
                #expect(next > date && date.days(to: next) == 1, "round \(round): \(date) then \(next)")
            }
        }
    }

    @Test func theEdgesOfTheRange() {
        let first = CalendarDay(year: 1, month: 1, day: 1)!, last = CalendarDay(year: 9999, month: 12, day: 31)!
        #expect(CalendarDay(ordinal: first.ordinal) == first)
        #expect(CalendarDay(ordinal: last.ordinal) == last)
        #expect(CalendarDay(ordinal: first.ordinal - 1) == nil)
        #expect(CalendarDay(ordinal: last.ordinal + 1) == nil)
        #expect(CalendarDay(ordinal: -1) == nil)
        #expect(first.adding(days: -1) == nil)
        #expect(last.adding(days: 1) == nil)
    }

    @Test func dayCountsOverLeapYears() {
        let day = { (text: String) in CalendarDay(text)! }
        #expect(day("2028-02-28").adding(days: 1) == day("2028-02-29"))
        #expect(day("2100-02-28").adding(days: 1) == day("2100-03-01"))
        #expect(day("2000-02-28").adding(days: 1) == day("2000-02-29"))
        #expect(day("2027-01-01").days(to: day("2028-01-01")) == 365)
        #expect(day("2028-01-01").days(to: day("2029-01-01")) == 366)
        #expect(day("2027-03-31").days(to: day("2027-01-01")) == -89)
    }
}
