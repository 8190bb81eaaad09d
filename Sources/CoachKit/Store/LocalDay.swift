import Foundation
import OKRKit

extension CalendarDay {
    /// The day `date` falls on in local time (libc's calendar: Foundation's would load ICU for one date).
    public static func local(_ date: Date) -> CalendarDay {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        guard let day = CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { preconditionFailure("the C library gave an impossible date for \(date)") }
        return day
    }
}
