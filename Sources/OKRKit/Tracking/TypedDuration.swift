/// A length of time typed the short way at a check-in: "45m", "2h30", "2h 30m", "1:30", "1d 4h".
///
/// The sentence reader takes a glued "m" for millions ("$45m") and stops at the first unit; for a key result
/// measured in time, a check-in's value is read as a duration first.
enum TypedDuration {
    /// Seconds in a unit as people abbreviate it: the reader's time units, and "m" for minutes, which the reader
    /// keeps for millions.
    private static func secondsPer(_ unit: String) -> Double? {
        unit == "m" ? 60 : TimeUnit.names[unit].flatMap { TimeUnit.secondsPer[$0] }
    }

    /// The seconds `text` states, or `nil` when it is not written wholly as a duration.
    static func seconds(_ text: String) -> Double? {
        let typed = text.lowercased().filter { !$0.isWhitespace }
        guard !typed.isEmpty, typed.utf8.count <= 40 else { return nil }
        // "1:30" is hours and minutes; "1:30:15" adds seconds.
        if typed.contains(":") {
            let parts = typed.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), let hours = Double(parts[0]),
                parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0).map { (0..<60).contains($0) } == true })
            else { return nil }
            return parts.dropFirst().enumerated().reduce(hours * 3600) { total, part in
                total + Double(part.element)! * (part.offset == 0 ? 60 : 1)
            }
        }
        var total = 0.0, rest = typed[...], lastUnit: Double?
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            guard let number = Double(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let letters = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(letters.count)
            if letters.isEmpty {
                // "2h30": a bare number after hours is minutes, after minutes seconds; nothing else may follow.
                guard rest.isEmpty, let last = lastUnit, last >= 60 else { return nil }
                return total + number * last / 60
            }
            guard let unit = secondsPer(String(letters)) else { return nil }
            total += number * unit
            lastUnit = unit
        }
        return lastUnit == nil ? nil : total
    }
}
