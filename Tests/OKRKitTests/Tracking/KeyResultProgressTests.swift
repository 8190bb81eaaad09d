import OKRKit
import Testing

/// Raw progress, progress, expected progress and the computed score, each at its boundaries.
@Suite struct KeyResultProgressTests {
    typealias F = TrackingFixtures

    @Test func rawProgressIsTheShareOfTheWayFromBaselineToTarget() {
        let nps = F.progress("Raise NPS from 45 to 70", checkIns: [F.checkIn(10, 50)], today: 10)
        #expect(nps.rawProgress == 0.2)
        #expect(nps.progress == 0.2)
        #expect(nps.current == 50)
        let customers = F.progress("Sign 12 new customers", checkIns: [F.checkIn(10, 3)], today: 10)
        #expect(customers.rawProgress == 0.25)
        #expect(customers.progress == 0.25)
    }

    @Test func aDecreaseCountsDownAndMayOvershoot() {
        let halfway = F.progress("Cut churn from 3% to 2%", checkIns: [F.checkIn(10, 2.5)], today: 10)
        #expect(halfway.rawProgress == 0.5)
        let overshot = F.progress("Cut churn from 3% to 2%", checkIns: [F.checkIn(10, 1.5)], today: 10)
        #expect(overshot.rawProgress == 1.5)
        #expect(overshot.progress == 1)
        #expect(overshot.status == .achieved)
        #expect(overshot.score == 1)
        let worse = F.progress("Cut churn from 3% to 2%", checkIns: [F.checkIn(10, 3.5)], today: 10)
        #expect(worse.rawProgress == -0.5)
        #expect(worse.progress == 0)
    }

    @Test func anIncreaseBeyondItsTargetIsOverachievedButProgressStopsAtOne() {
        let beyond = F.progress("Raise NPS from 45 to 70", checkIns: [F.checkIn(10, 80)], today: 10)
        #expect(beyond.rawProgress == 1.4)
        #expect(beyond.progress == 1)
        #expect(beyond.status == .achieved)
    }

    @Test func aLevelHoldsInclusivelyAndHasNoRawProgress() {
        let floor = "Keep uptime at or above 99.9%"
        let exactly = F.progress(floor, checkIns: [F.checkIn(10, 99.9)], today: 10)
        #expect(exactly.progress == 1)
        #expect(exactly.rawProgress == nil)
        #expect(exactly.status == .onTrack)
        let below = F.progress(floor, checkIns: [F.checkIn(10, 99.89)], today: 10)
        #expect(below.progress == 0)
        #expect(below.status == .atRisk)
        let ceiling = "No more than 2 P1 incidents a month"
        #expect(F.progress(ceiling, checkIns: [F.checkIn(10, 2)], today: 10).progress == 1)
        #expect(F.progress(ceiling, checkIns: [F.checkIn(10, 3)], today: 10).progress == 0)
    }

    @Test func aMilestoneIsOneWhenDoneElseItsStatedShare() {
        let text = "SOC 2 Type II report issued by June 30"
        let done = F.progress(text, checkIns: [F.checkIn(10, 100, done: true)], today: 10)
        #expect(done.progress == 1)
        #expect(done.status == .achieved)
        let estimated = F.progress(text, checkIns: [F.checkIn(10, 40, done: false)], today: 10)
        #expect(estimated.progress == 0.4)
        #expect(estimated.rawProgress == 0.4)
        let notYet = F.progress(text, checkIns: [F.checkIn(10, nil, done: false)], today: 10)
        #expect(notYet.progress == 0)
        #expect(notYet.status != .achieved)
    }

    @Test func aBaselineEqualToItsTargetIsRefusedAndNeverJudged() {
        let same = F.progress("Raise NPS from 45 to 45", checkIns: [F.checkIn(10, 50)], today: 10)
        #expect(same.plan == .failure(.baselineIsTarget(45)))
        #expect(same.status == .pending)
        #expect(same.rawProgress == nil)
        #expect(same.progress == 0)
    }

    @Test func aTargetTheWrongWayForTheSetMeasureIsRefused() {
        let raised = F.progress("Cut churn from 3% to 2%", measure: .increase, checkIns: [F.checkIn(10, 2.5)], today: 10)
        #expect(raised.plan == .failure(.againstDirection(.increase)))
        #expect(raised.status == .pending)
        let lowered = F.progress("Raise NPS from 45 to 70", measure: .decrease, today: 10)
        #expect(lowered.plan == .failure(.againstDirection(.decrease)))
    }

    @Test func expectedProgressIsTheShareOfTheSpanGoneClamped() {
        #expect(F.progress("Raise NPS from 45 to 70", today: 0).expected == 0)
        #expect(F.progress("Raise NPS from 45 to 70", today: 37).expected == 0.37)
        #expect(F.progress("Raise NPS from 45 to 70", today: 100).expected == 1)
        #expect(F.progress("Raise NPS from 45 to 70", today: 140).expected == 1)
        #expect(F.progress("Raise NPS from 45 to 70", today: -5).expected == 0)
        #expect(F.progress("Raise NPS from 45 to 70", today: 37, cycleEnd: nil).expected == nil)
    }

    @Test func theKeyResultsOwnDeadlineEndsItsSpan() {
        // "by January 31" ends the span on day 30 of the 100-day cycle.
        let early = F.progress("Raise NPS from 45 to 70 by January 31", today: 15)
        #expect(early.end == F.day(30))
        #expect(early.expected == 0.5)
        // A deadline it cannot place, or one before the start, leaves the cycle's end.
        #expect(F.progress("Raise NPS from 45 to 70 by Friday", today: 15).end == F.end)
        #expect(F.progress("Raise NPS from 45 to 70 by 2026-12-01", today: 15).end == F.end)
        // Without a cycle, a dated deadline still gives a span.
        #expect(F.progress("Raise NPS from 45 to 70 by January 31", today: 15, cycleEnd: nil).expected == 0.5)
    }

    @Test func onlyCheckInsOnOrBeforeTodayCount() {
        let progress = F.progress(
            "Raise NPS from 45 to 70", checkIns: [F.checkIn(10, 50), F.checkIn(20, 60)], today: 15)
        #expect(progress.current == 50)
        #expect(progress.checkIns.count == 1)
        #expect(F.progress("Raise NPS from 45 to 70", checkIns: [F.checkIn(20, 60)], today: 15).status == .pending)
    }

    @Test func theScoreIsProgressRoundedHalfUpToTwoDecimals() {
        // 57 of 200 is 0.285, which floating point stores just below: a person rounds it to 0.29.
        #expect(F.progress("Sign 200 new customers", checkIns: [F.checkIn(10, 57)], today: 10).score == 0.29)
        #expect(F.progress("Sign 300 new customers", checkIns: [F.checkIn(10, 100)], today: 10).score == 0.33)
        #expect(F.progress("Sign 12 new customers", checkIns: [F.checkIn(10, 30)], today: 10).score == 1)
        #expect(F.progress("Sign 12 new customers", today: 10).score == 0)
    }

    @Test func aLevelScoresTheShareOfItsCheckInsThatHeld() {
        let checkIns = [F.checkIn(10, 99.95), F.checkIn(20, 99.8), F.checkIn(30, 99.9), F.checkIn(40, 100)]
        let uptime = F.progress("Keep uptime at or above 99.9%", checkIns: checkIns, today: 40)
        #expect(uptime.score == 0.75)
        let incidents = [F.checkIn(10, 1), F.checkIn(20, 4), F.checkIn(30, 3)]
        #expect(F.progress("No more than 2 P1 incidents a month", checkIns: incidents, today: 30).score == 0.33)
    }

    @Test func aGivenScoreWinsAndTheComputedOneIsKept() {
        var keyResult = KeyResult(text: "Sign 12 new customers", checkIns: [F.checkIn(10, 6)])
        keyResult.givenScore = GivenScore(score: 0.8, reason: "two signed the day after the cycle")
        let progress = KeyResultProgress(
            keyResult: keyResult, kind: .aspirational, reading: KeyResultReader.read(keyResult.text), start: F.start,
            cycleEnd: F.end, today: F.day(100))
        #expect(progress.score == 0.5)
        #expect(progress.givenScore?.score == 0.8)
        #expect(progress.finalScore == 0.8)
        #expect(F.progress("Sign 12 new customers", checkIns: [F.checkIn(10, 6)], today: 100).finalScore == 0.5)
    }

    @Test func thePaceNeededIsWhatIsLeftOverTheWeeksLeft() {
        // Half done with 70 days (10 weeks) left: 0.05 a week.
        let half = F.progress("Sign 12 new customers", checkIns: [F.checkIn(30, 6)], today: 30)
        #expect(abs((half.neededPerWeek ?? 0) - 0.05) < 1e-12)
        #expect(F.progress("Sign 12 new customers", checkIns: [F.checkIn(30, 6)], today: 100).neededPerWeek == nil)
        #expect(F.progress("Sign 12 new customers", checkIns: [F.checkIn(30, 12)], today: 30).neededPerWeek == nil)
    }
}
