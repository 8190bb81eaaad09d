import OKRKit
import Testing

/// The least-squares line through the last four points, evaluated at the end.
@Suite struct ForecastTests {
    typealias F = TrackingFixtures

    static func points(_ pairs: [(Int, Double)]) -> [(day: CalendarDay, raw: Double)] {
        pairs.map { (day: F.day($0.0), raw: $0.1) }
    }

    @Test func onExactlyLinearDataItLandsOnTheLinesValueAtTheEnd() throws {
        // 0.005 a day from 0.0 at the start: 0.5 on day 100.
        let forecast = try #require(Forecast(points: Self.points([(0, 0), (10, 0.05), (20, 0.1), (30, 0.15)]), end: F.end))
        #expect(abs(forecast.atEnd - 0.5) < 1e-12)
        #expect(abs(forecast.perDay - 0.005) < 1e-12)
    }

    @Test func onlyTheLastFourPointsCount() throws {
        // The first two points are far off the line the last four lie on (0.2 + 0.005 a day from day 40).
        let pairs = [(0, 0.0), (5, 0.9), (40, 0.2), (50, 0.25), (60, 0.3), (70, 0.35)]
        let forecast = try #require(Forecast(points: Self.points(pairs), end: F.end))
        #expect(abs(forecast.atEnd - 0.5) < 1e-12)
    }

    @Test func itNeedsTwoDistinctDays() {
        #expect(Forecast(points: Self.points([(0, 0)]), end: F.end) == nil)
        #expect(Forecast(points: Self.points([]), end: F.end) == nil)
        #expect(Forecast(points: Self.points([(10, 0.1), (10, 0.2)]), end: F.end) == nil)
        #expect(Forecast(points: Self.points([(10, 0.1), (11, 0.2)]), end: F.end) != nil)
    }

    @Test func itIsClampedButItsSlopeIsNot() throws {
        let rising = try #require(Forecast(points: Self.points([(0, 0), (10, 0.5)]), end: F.end))
        #expect(rising.atEnd == 1)
        let falling = try #require(Forecast(points: Self.points([(0, 0), (10, -0.1)]), end: F.end))
        #expect(falling.atEnd == 0)
        #expect(falling.perDay < 0)
    }

    @Test func aKeyResultForecastsFromItsStartAndItsCheckIns() throws {
        // Churn from 3% down to 2%: 2.9 on day 10 and 2.8 on day 20 is 0.01 a day, so 1.0 on day 100.
        let churn = F.progress("Cut churn from 3% to 2%", checkIns: [F.checkIn(10, 2.9), F.checkIn(20, 2.8)], today: 20)
        let forecast = try #require(churn.forecast)
        #expect(abs(forecast.atEnd - 1) < 1e-12)
        #expect(!churn.trendingOff)
        // A check-in on the start day takes the start's place: the line runs from 0.2 on day 0 to 0.3 on day 10.
        let started = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(0, 20), F.checkIn(10, 30)], today: 10)
        #expect(abs((started.forecast?.atEnd ?? 0) - 1) < 1e-12)
        let slow = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(0, 0), F.checkIn(50, 30)], today: 50)
        #expect(abs((slow.forecast?.atEnd ?? 0) - 0.6) < 1e-12)
    }

    @Test func aCheckInBeforeTheStartIsNotOnTheLine() {
        // Without the early check-in the last four points are days 0, 10, 20 and 30 on a line reaching 0.5 at the end.
        let onLine = [F.checkIn(10, 5), F.checkIn(20, 10), F.checkIn(30, 15)]
        let early = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(-3, 40)] + onLine, today: 30)
        #expect(abs((early.forecast?.atEnd ?? 0) - 0.5) < 1e-12)
    }

    @Test func aLevelOrAnUnplacedEndHasNoForecast() {
        #expect(F.progress("Keep uptime at or above 99.9%", checkIns: [F.checkIn(10, 99.95)], today: 10).forecast == nil)
        #expect(F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(10, 5)], today: 10, cycleEnd: nil).forecast == nil)
    }

    @Test func trendingOffIsBelowSuccessForTheObjectivesKind() {
        // 0.6 by the end (the line through day 0 at 0 and day 50 at 0.3).
        let checkIns = [F.checkIn(50, 30)]
        #expect(F.progress("Raise NPS from 0 to 100", checkIns: checkIns, today: 50).trendingOff)
        // 0.7 exactly is success for an aspirational objective, not for a committed one.
        let seventy = [F.checkIn(50, 35)]
        #expect(!F.progress("Raise NPS from 0 to 100", kind: .aspirational, checkIns: seventy, today: 50).trendingOff)
        #expect(F.progress("Raise NPS from 0 to 100", kind: .committed, checkIns: seventy, today: 50).trendingOff)
        let full = [F.checkIn(50, 50)]
        #expect(!F.progress("Raise NPS from 0 to 100", kind: .committed, checkIns: full, today: 50).trendingOff)
    }
}
