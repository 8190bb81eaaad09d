import OKRKit
import Testing

/// When a check-in is due (7 days) and stale (more than 10).
@Suite struct CheckInDueTests {
    typealias F = TrackingFixtures

    static func sinceLast(_ days: Int) -> KeyResultProgress {
        F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(20, 20)], today: 20 + days)
    }

    @Test func dueAtSevenDaysStalePastTen() {
        #expect(!Self.sinceLast(0).due)
        #expect(!Self.sinceLast(6).due)
        #expect(Self.sinceLast(7).due)
        #expect(!Self.sinceLast(7).stale)
        #expect(Self.sinceLast(10).due)
        #expect(!Self.sinceLast(10).stale)
        #expect(Self.sinceLast(11).stale)
    }

    @Test func withoutACheckInItIsDueOnceTheSpanHasBegunAndStaleAfterTenDays() {
        #expect(F.progress("Raise NPS from 0 to 100", today: -1).due == false)
        #expect(F.progress("Raise NPS from 0 to 100", today: 0).due)
        #expect(!F.progress("Raise NPS from 0 to 100", today: 10).stale)
        #expect(F.progress("Raise NPS from 0 to 100", today: 11).stale)
    }

    @Test func nothingIsDueAfterTheEndOrOnceAchieved() {
        let late = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(80, 50)], today: 101)
        #expect(!late.due)
        #expect(!late.stale)
        #expect(F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(80, 50)], today: 100).due)
        let done = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(20, 100)], today: 60)
        #expect(!done.due)
        #expect(!done.stale)
    }

    @Test func withoutAnEndItStaysDue() {
        let open = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(20, 20)], today: 400, cycleEnd: nil)
        #expect(open.due)
        #expect(open.stale)
    }
}
