/// The period an OKR set covers, such as "2027-Q1" from 2027-01-01 to 2027-03-31.
public struct Cycle: Codable, Equatable, Sendable {
    public var label: String
    public var start: CalendarDay
    public var end: CalendarDay

    public init(label: String, start: CalendarDay, end: CalendarDay) {
        self.label = label
        self.start = start
        self.end = end
    }

    /// A quarter of a year: `Cycle.quarter(2027, 1)` is "2027-Q1", January 1 to March 31.
    public static func quarter(_ year: Int, _ quarter: Int) -> Cycle? {
        guard (1...4).contains(quarter) else { return nil }
        let firstMonth = (quarter - 1) * 3 + 1
        guard let start = CalendarDay(year: year, month: firstMonth, day: 1),
            let end = CalendarDay(year: year, month: firstMonth + 2, day: CalendarDay.daysIn(month: firstMonth + 2, year: year))
        else { return nil }
        return Cycle(label: "\(year)-Q\(quarter)", start: start, end: end)
    }

    /// Reads "2027-Q1" (also "Q1 2027", "2027Q1") or "2027-H2" or "2027".
    public static func parse(_ text: String) -> Cycle? {
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
        func split(_ marker: Character) -> (year: Int, part: Int)? {
            let pieces = compact.split(separator: marker, omittingEmptySubsequences: false)
            guard pieces.count == 2 else { return nil }
            if let year = Int(pieces[0]), let part = Int(pieces[1]), pieces[0].count == 4 { return (year, part) }
            if pieces[0].isEmpty, pieces[1].count == 5, let part = Int(pieces[1].prefix(1)), let year = Int(pieces[1].dropFirst()) {
                return (year, part)
            }
            return nil
        }
        if let (year, q) = split("Q") { return quarter(year, q) }
        if let (year, h) = split("H"), (1...2).contains(h),
            let start = CalendarDay(year: year, month: h == 1 ? 1 : 7, day: 1),
            let end = CalendarDay(year: year, month: h == 1 ? 6 : 12, day: h == 1 ? 30 : 31)
        {
            return Cycle(label: "\(year)-H\(h)", start: start, end: end)
        }
        if compact.count == 4, let year = Int(compact), let start = CalendarDay(year: year, month: 1, day: 1),
            let end = CalendarDay(year: year, month: 12, day: 31)
        {
            return Cycle(label: "\(year)", start: start, end: end)
        }
        return nil
    }

    /// Reads two dates, "2027-01-01 to 2027-03-31" (also "..", "–" or "through" between them); the end must
    /// not come before the start.
    public static func parseRange(_ text: String) -> Cycle? {
        let days = text.split { !($0.isNumber || $0 == "-") }.compactMap { CalendarDay(String($0)) }
        guard days.count == 2, days[0] <= days[1] else { return nil }
        return Cycle(label: "\(days[0])..\(days[1])", start: days[0], end: days[1])
    }

    /// Reads a cycle as a person types it: two dates (`parseRange`) or a named one (`parse`).
    public static func read(_ text: String) -> Cycle? {
        parseRange(text) ?? parse(text)
    }

    /// The quarter that contains a day.
    public static func quarter(containing day: CalendarDay) -> Cycle {
        // A valid day always yields a valid quarter.
        quarter(day.year, (day.month - 1) / 3 + 1)!
    }

    /// The cycle after this one: the next quarter, half or year for a named one; for two dates, as many days
    /// again from the day after the end.
    public var next: Cycle? {
        if let named = Cycle.parse(label), named == self {
            let months = end.year * 12 + end.month - (start.year * 12 + start.month) + 1
            guard let first = start.adding(days: start.days(to: end) + 1) else { return nil }
            let lastMonth = first.month + months - 1
            let year = first.year + (lastMonth - 1) / 12, month = (lastMonth - 1) % 12 + 1
            guard let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) else {
                return nil
            }
            let label = months == 3 ? "\(first.year)-Q\((first.month - 1) / 3 + 1)"
                : months == 6 ? "\(first.year)-H\(first.month == 1 ? 1 : 2)" : "\(first.year)"
            return Cycle(label: label, start: first, end: last)
        }
        let length = start.days(to: end)
        guard let first = end.adding(days: 1), let last = first.adding(days: length) else { return nil }
        return Cycle(label: "\(first)..\(last)", start: first, end: last)
    }
}
