/// The day a deadline phrase names: "by June 30" is June 30, "by end of Q3" September 30, "within 90 days" the 90th
/// day after the start, "in H2" December 31.
///
/// A phrase without a year takes the year of the start, or the next one when that day would come before the start
/// (a cycle from November to January, "by January 31"). A phrase that names no day it can place, such as "soon",
/// gives `nil`, and the cycle's end is used instead.
public enum DeadlineDay {
    /// The day `phrase` names, counted from `start`; `cycleEnd` is what "this quarter" or "EOQ" means.
    public static func resolve(_ phrase: String, start: CalendarDay, cycleEnd: CalendarDay?) -> CalendarDay? {
        let words = Words(phrase)
        if let day = digitDate(words, start: start) { return day }
        if let days = span(words, start: start) { return days }
        let year = words.year
        func placed(month: Int, day: (Int) -> Int) -> CalendarDay? {
            func inYear(_ y: Int) -> CalendarDay? { CalendarDay(year: y, month: month, day: day(y)) }
            if let year { return inYear(year) }
            guard let first = inYear(start.year) else { return nil }
            return first < start ? inYear(start.year + 1) : first
        }
        if let quarter = words.numbered(prefix: "q", in: 1...4) {
            return placed(month: quarter * 3) { CalendarDay.daysIn(month: quarter * 3, year: $0) }
        }
        if let half = words.numbered(prefix: "h", in: 1...2) {
            return placed(month: half * 6) { _ in half == 1 ? 30 : 31 }
        }
        if let (month, index) = words.month {
            if let day = words.dayOfMonth(besides: index) { return placed(month: month) { _ in day } }
            return placed(month: month) { CalendarDay.daysIn(month: month, year: $0) }
        }
        if words.list.contains("cycle") { return cycleEnd }
        if words.contains(any: quarterWords) {
            let this = cycleEnd ?? quarterEnd(of: start)
            return words.list.contains("next") ? this.flatMap { $0.adding(days: 1) }.flatMap(quarterEnd) : this
        }
        if words.contains(any: yearWords) || year != nil {
            return CalendarDay(year: year ?? start.year, month: 12, day: 31)
        }
        return nil
    }

    /// Words that name the end of the quarter, and of the year.
    private static let quarterWords: Set<String> = ["eoq", "quarter", "quarter-end"]
    private static let yearWords: Set<String> = ["eoy", "year-end", "year"]

    /// The last day of the calendar quarter `day` falls in: "this quarter" without a cycle.
    private static func quarterEnd(of day: CalendarDay) -> CalendarDay? {
        let month = (day.month + 2) / 3 * 3
        return CalendarDay(year: day.year, month: month, day: CalendarDay.daysIn(month: month, year: day.year))
    }

    /// "2027-06-30", "30.09.2027", "9/30/2027", "6/30/27", "by 3/31": a date written in digits.
    private static func digitDate(_ words: Words, start: CalendarDay) -> CalendarDay? {
        for text in words.list {
            // By bytes: Foundation's `contains` on a string took half of resolving a phrase.
            func has(_ byte: UInt8) -> Bool { text.utf8.contains(byte) }
            let separator: Character? =
                has(UInt8(ascii: "-")) ? "-" : has(UInt8(ascii: ".")) ? "." : has(UInt8(ascii: "/")) ? "/" : nil
            guard let separator else { continue }
            let parts = text.split(separator: separator).map { Int($0) }
            guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { continue }
            let numbers = parts.compactMap { $0 }
            if numbers.count == 3, numbers[0] > 31 { return CalendarDay(year: numbers[0], month: numbers[1], day: numbers[2]) }
            // "30.09.2027" puts the day first; "9/30" the month first unless the first number cannot be a month.
            let dayFirst = separator == "." || numbers[0] > 12
            let (day, month) = dayFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            // "6/30/27" is in 2027, not in the year 27.
            if numbers.count == 3 {
                return CalendarDay(year: numbers[2] < 100 ? 2000 + numbers[2] : numbers[2], month: month, day: day)
            }
            guard let sameYear = CalendarDay(year: start.year, month: month, day: day) else { continue }
            return sameYear < start ? CalendarDay(year: start.year + 1, month: month, day: day) : sameYear
        }
        return nil
    }

    /// "within 90 days", "in 6 weeks", "in 3 months", "in 2 quarters", "within a year", "by week 6": a span counted
    /// from the start.
    private static func span(_ words: Words, start: CalendarDay) -> CalendarDay? {
        let list = words.list
        for (i, word) in list.enumerated() {
            if word == "week", i + 1 < list.count, let n = Int(list[i + 1]), (1...53).contains(n) {
                return start.adding(days: 7 * n - 1)
            }
            let count = word == "a" || word == "an" ? 1 : Int(word) ?? NumberWords.small[word].map(Int.init)
            guard i + 1 < list.count, let n = count, n > 0, n <= 3660 else { continue }
            switch list[i + 1] {
            case "day", "days": return start.adding(days: n)
            case "week", "weeks": return start.adding(days: 7 * n)
            case "month", "months": return adding(months: n, to: start)
            case "quarter", "quarters": return adding(months: 3 * n, to: start)
            case "year", "years": return adding(months: 12 * n, to: start)
            default: continue
            }
        }
        return nil
    }

    /// The same day `months` later, or the month's last day when it is shorter: a month from January 31 is February 28.
    private static func adding(months: Int, to start: CalendarDay) -> CalendarDay? {
        let index = start.month - 1 + months
        let year = start.year + index / 12, month = index % 12 + 1
        return CalendarDay(year: year, month: month, day: min(start.day, CalendarDay.daysIn(month: month, year: year)))
    }

    /// The phrase's words, lowercased; "2026-Q4" is split in two, a digit date is kept whole.
    private struct Words {
        let list: [String]

        init(_ phrase: String) {
            var list: [String] = []
            let lowered = phrase.lowercased()
            // ASCII text (nearly every phrase) is split by its bytes, without finding its characters.
            let pieces: [Substring] = lowered.utf8.allSatisfy({ $0 < 0x80 })
                ? lowered.utf8.split(whereSeparator: Self.isASCIISeparator).map { Substring($0) }
                : lowered.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" })
            for piece in pieces {
                var word = String(piece)
                while let last = word.last, last == "." || last == "!" || last == ";" { word.removeLast() }
                let halves = word.split(separator: "-")
                if halves.count == 2, halves[0].count == 4, Int(halves[0]) != nil, Int(halves[1]) == nil {
                    list += halves.map(String.init)
                } else if !word.isEmpty {
                    list.append(word)
                }
            }
            self.list = list
        }

        /// An ASCII byte that `Character.isWhitespace` calls whitespace, or a comma or a parenthesis.
        private static func isASCIISeparator(_ byte: UInt8) -> Bool {
            (0x09...0x0D).contains(byte) || byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: ")")
        }

        /// A four-digit year between 1990 and 2100, or an "FY27"-style one.
        var year: Int? {
            for word in list {
                if word.count == 4, let n = Int(word), (1990...2100).contains(n) { return n }
                if word.hasPrefix("fy"), word.count == 4, let n = Int(word.dropFirst(2)) { return 2000 + n }
            }
            return nil
        }

        /// "q3" or "h2" as its number, within `range`.
        func numbered(prefix: String, in range: ClosedRange<Int>) -> Int? {
            for word in list where word.count == 2 && word.hasPrefix(prefix) {
                if let n = Int(word.dropFirst()), range.contains(n) { return n }
            }
            return nil
        }

        /// The first month name and where it is.
        var month: (Int, Int)? {
            for (i, word) in list.enumerated() {
                if let month = Vocabulary.monthNumbers[word] { return (month, i) }
            }
            return nil
        }

        /// The day number beside a month: "June 30", "30th June", "June 30th", "the 15th of March".
        func dayOfMonth(besides index: Int) -> Int? {
            let before = index >= 2 && list[index - 1] == "of" ? index - 2 : index - 1
            for j in [index + 1, before] where list.indices.contains(j) {
                let digits = list[j].prefix { $0.isNumber }
                let rest = list[j].dropFirst(digits.count)
                guard let n = Int(digits), (1...31).contains(n), rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest))
                else { continue }
                return n
            }
            return nil
        }

        func contains(any words: Set<String>) -> Bool { list.contains(where: words.contains) }
    }
}
