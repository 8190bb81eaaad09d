/// A straight line through a key result's recent progress, to say where it will end and how fast it moves.
///
/// The points are the cycle's start at 0 and then each check-in's raw progress, one per day; the line is fitted
/// (least squares) through the last four.
public struct Forecast: Equatable, Sendable {
    /// Progress expected at the end, clamped to 0...1.
    public var atEnd: Double
    /// Progress gained per day on the fitted line (raw, so it may be negative).
    public var perDay: Double

    /// The forecast at day `end` from `(day, rawProgress)` points in date order, or `nil` with fewer than two
    /// distinct days among the last four points.
    public init?(points: [(day: CalendarDay, raw: Double)], end: CalendarDay) {
        let recent = points.suffix(4)
        guard let first = recent.first, recent.contains(where: { $0.day != first.day }) else { return nil }
        // Day numbers relative to the first point keep the sums small and exact.
        let xs = recent.map { Double(first.day.days(to: $0.day)) }, ys = recent.map(\.raw)
        let n = Double(recent.count)
        let meanX = xs.reduce(0, +) / n, meanY = ys.reduce(0, +) / n
        var covariance = 0.0, variance = 0.0
        for (x, y) in zip(xs, ys) {
            covariance += (x - meanX) * (y - meanY)
            variance += (x - meanX) * (x - meanX)
        }
        let slope = covariance / variance
        let atEnd = meanY + slope * (Double(first.day.days(to: end)) - meanX)
        self.atEnd = min(max(atEnd, 0), 1)
        self.perDay = slope
    }
}
