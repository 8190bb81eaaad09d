import OKRKit
import Testing

/// The day a deadline phrase names, counted from the start; a phrase it cannot place gives nil.
@Suite struct DeadlineDayTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// A third-quarter cycle, 2027-07-01 to 2027-09-30.
    static let start = day("2027-07-01"), cycleEnd = day("2027-09-30")

    @Test(arguments: [
        ("by Q3", "2027-09-30"),
        ("by end of Q3", "2027-09-30"),
        ("by end of March", "2028-03-31"),
        ("within 90 days", "2027-09-29"),
        ("by 2027-06-30", "2027-06-30"),
        ("by 30.09.2027", "2027-09-30"),
        ("in H2", "2027-12-31"),
        ("by end of H1", "2028-06-30"),
        ("by June 30", "2028-06-30"),
        ("by June 30, 2027", "2027-06-30"),
        ("by the end of 2026-Q4", "2026-12-31"),
        ("by week 6", "2027-08-11"),
        ("EOQ", "2027-09-30"),
        ("this quarter", "2027-09-30"),
        ("by the end of the cycle", "2027-09-30"),
        ("by end of next quarter", "2027-12-31"),
        ("by 3/31", "2028-03-31"),
        ("by 9/15", "2027-09-15"),
        ("by 31/12", "2027-12-31"),
        ("by 12/31/2027", "2027-12-31"),
        ("by 6/30/28", "2028-06-30"),
        ("by 30.09.27", "2027-09-30"),
        ("by end of year", "2027-12-31"),
        ("by 2027", "2027-12-31"),
        ("by FY28", "2028-12-31"),
        ("in 6 weeks", "2027-08-12"),
        ("in three months", "2027-10-01"),
        ("in 2 quarters", "2028-01-01"),
        ("within a year", "2028-07-01"),
        ("in a month", "2027-08-01"),
        ("by Dec 31st", "2027-12-31"),
        ("by 31 March", "2028-03-31"),
        ("by the 15th of March", "2028-03-15"),
        ("by March 2027", "2027-03-31"),
        ("by Sept 15", "2027-09-15"),
    ])
    func resolvesThePhrasesPeopleWrite(phrase: String, expected: String) {
        #expect(DeadlineDay.resolve(phrase, start: Self.start, cycleEnd: Self.cycleEnd) == Self.day(expected), "\(phrase)")
    }

    /// An ASCII phrase is split by its bytes, any other by its characters: both split at the same whitespace,
    /// commas and parentheses, so a phrase reads the same with a word of another script beside it.
    @Test(arguments: [
        ("by\t2027-06-30", "2027-06-30"),
        ("by\u{0B}June 30\r\n", "2028-06-30"),
        ("(by 30.09.2027)", "2027-09-30"),
        ("by\u{0C}end of Q3,", "2027-09-30"),
        ("by June 30 — café", "2028-06-30"),
        ("by\u{2003}2027-06-30 ☕", "2027-06-30"),
        ("(by 30.09.2027), ça va", "2027-09-30"),
        ("within 90 days\u{85}", "2027-09-29"),
    ])
    func readsTheSameWithOrWithoutOtherScripts(phrase: String, expected: String) {
        #expect(DeadlineDay.resolve(phrase, start: Self.start, cycleEnd: Self.cycleEnd) == Self.day(expected), "\(phrase)")
    }

    /// A cycle from November to January: a day without a year that would come before the start is next year's.
    @Test(arguments: [
        ("by January 31", "2027-01-31"),
        ("by Q1", "2027-03-31"),
        ("by Dec 31st", "2026-12-31"),
        ("by end of year", "2026-12-31"),
        ("by 1/15", "2027-01-15"),
        ("EOQ", "2027-01-31"),
        ("in 6 weeks", "2026-12-13"),
        ("in three months", "2027-02-01"),
        ("by week 10", "2027-01-09"),
    ])
    func rollsOverIntoTheNextYear(phrase: String, expected: String) {
        let resolved = DeadlineDay.resolve(phrase, start: Self.day("2026-11-01"), cycleEnd: Self.day("2027-01-31"))
        #expect(resolved == Self.day(expected), "\(phrase)")
    }

    @Test func aMonthOnIsTheMonthsLastDayWhenItIsShorter() {
        #expect(DeadlineDay.resolve("in a month", start: Self.day("2027-01-31"), cycleEnd: nil) == Self.day("2027-02-28"))
        #expect(DeadlineDay.resolve("in 1 month", start: Self.day("2028-01-31"), cycleEnd: nil) == Self.day("2028-02-29"))
        #expect(DeadlineDay.resolve("by Q1", start: Self.day("2028-01-15"), cycleEnd: nil) == Self.day("2028-03-31"))
    }

    @Test func withoutACycleTheQuarterIsTheCalendarQuarterOfTheStart() {
        #expect(DeadlineDay.resolve("EOQ", start: Self.day("2027-08-15"), cycleEnd: nil) == Self.day("2027-09-30"))
        #expect(DeadlineDay.resolve("this quarter", start: Self.day("2027-01-01"), cycleEnd: nil) == Self.day("2027-03-31"))
        #expect(DeadlineDay.resolve("by quarter-end", start: Self.day("2027-12-31"), cycleEnd: nil) == Self.day("2027-12-31"))
        #expect(DeadlineDay.resolve("next quarter", start: Self.day("2027-12-31"), cycleEnd: nil) == Self.day("2028-03-31"))
        #expect(DeadlineDay.resolve("by the end of the cycle", start: Self.day("2027-08-15"), cycleEnd: nil) == nil)
    }

    @Test(arguments: ["soon", "ASAP", "", "   ", "by Friday", "next sprint", "by 2/30", "by 31/31", "in 0 days", "by week 60",
        "by 2027-\u{301}06-30"])
    func aPhraseItCannotPlaceGivesNil(phrase: String) {
        #expect(DeadlineDay.resolve(phrase, start: Self.start, cycleEnd: Self.cycleEnd) == nil, "\(phrase.debugDescription)")
    }
}
