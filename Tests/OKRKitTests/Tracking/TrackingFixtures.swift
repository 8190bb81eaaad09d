import OKRKit

/// A cycle of exactly 100 days, so that day n of it is n% of the span, and key results checked in on its days.
enum TrackingFixtures {
    static let start = CalendarDay(year: 2027, month: 1, day: 1)!
    /// 2027-04-11, 100 days after the start.
    static let end = start.adding(days: 100)!

    /// The day `n` days after the start.
    static func day(_ n: Int) -> CalendarDay { start.adding(days: n)! }

    /// A check-in on day `n` of the cycle.
    static func checkIn(_ n: Int, _ value: Double?, done: Bool? = nil, confidence: Double? = nil) -> CheckIn {
        CheckIn(date: day(n), value: value, done: done, confidence: confidence)
    }

    /// Where the key result `text` stands on day `today`, with `checkIns`, in a cycle ending on `cycleEnd`.
    static func progress(
        _ text: String, measure: Measure? = nil, kind: ObjectiveKind = .aspirational, confidence: Double? = nil,
        checkIns: [CheckIn] = [], today: Int, cycleEnd: CalendarDay? = end
    ) -> KeyResultProgress {
        let keyResult = KeyResult(text: text, confidence: confidence, measure: measure, checkIns: checkIns)
        return KeyResultProgress(
            keyResult: keyResult, kind: kind, reading: KeyResultReader.read(text), start: start, cycleEnd: cycleEnd,
            today: day(today))
    }

    /// Where "Raise NPS from 0 to 100" stands on day `today` after one check-in of `value` that day: its progress is
    /// `value` percent.
    static func scored(_ value: Double, today: Int, confidence: Double? = nil) -> KeyResultProgress {
        progress("Raise NPS from 0 to 100", checkIns: [checkIn(today, value, confidence: confidence)], today: today)
    }
}
