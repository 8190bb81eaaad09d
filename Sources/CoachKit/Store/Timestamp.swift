import Foundation
import OKRKit

/// ISO 8601 timestamps in UTC with milliseconds ("2027-01-15T08:00:00.250Z"), written and read with the C
/// library's calendar, so saving a session does not load Foundation's ICU-backed formatters.
enum Timestamp {
    /// The seconds since 1970 of 0001-01-01T00:00:00Z and of 9999-12-31T23:59:59Z: what four year digits can write.
    static let writable: ClosedRange<Double> = -62_135_596_800...253_402_300_799

    /// "2027-01-15T08:00:00.250Z"; a date outside years 1 to 9999 (a file's time set to anything) is written as the
    /// nearest one inside them.
    static func format(_ date: Date) -> String {
        let since1970 = date.timeIntervalSince1970.isNaN ? 0 : date.timeIntervalSince1970
        let milliseconds = (min(max(since1970, writable.lowerBound), writable.upperBound) * 1000).rounded(.down)
        var seconds = time_t((milliseconds / 1000).rounded(.down))
        let fraction = Int(milliseconds - Double(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(fraction), 3))Z"
    }

    /// Reads what `format` writes, with or without the fraction (any number of its digits: those past the
    /// nanosecond are checked and dropped); other ISO 8601 forms (offsets such as "+02:00") go to Foundation's parser.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        /// The value of at most nine decimal digits, so it always fits.
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.count <= 9 else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"), bytes[4] == 45, bytes[7] == 45, bytes[10] == 84,
            bytes[13] == 58, bytes[16] == 58,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            CalendarDay(year: year, month: month, day: day) != nil, hour < 24, minute < 60, second < 61
        else {
            return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
                ?? (try? Date.ISO8601FormatStyle().parse(text))
        }
        var fraction = 0.0
        if bytes.count > 20 {
            let digits = 20..<(bytes.count - 1)
            guard bytes[19] == UInt8(ascii: "."), !digits.isEmpty,
                bytes[digits].allSatisfy({ (48...57).contains($0) }),
                let kept = number(20..<min(digits.upperBound, 29))
            else { return nil }
            fraction = Double(kept) / pow(10, Double(min(digits.count, 9)))
        } else if bytes[19] != UInt8(ascii: "Z") {
            return nil
        }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        return Date(timeIntervalSince1970: Double(timegm(&parts)) + fraction)
    }
}

