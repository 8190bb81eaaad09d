import OKRKit
import Testing

/// The status from the latest check-in: pending, achieved, a level that holds, else the gap to the plan, made worse
/// (never better) by confidence; and when confidence and numbers diverge.
@Suite struct TrackingStatusTests {
    typealias F = TrackingFixtures

    @Test func noCheckInIsPending() {
        let progress = F.progress("Raise NPS from 0 to 100", confidence: 2, today: 50)
        #expect(progress.status == .pending)
        #expect(!progress.divergent)
    }

    /// On day 50 the plan expects 0.5: progress 0.40 is a gap of exactly 0.10, 0.25 a gap of exactly 0.25.
    @Test(arguments: [
        (60.0, TrackingStatus.onTrack), (40, .onTrack), (39, .behind), (25, .behind), (24, .atRisk), (0, .atRisk),
    ])
    func theGapToThePlanDecidesThePace(value: Double, status: TrackingStatus) {
        #expect(F.scored(value, today: 50).status == status, "progress \(value)% on day 50")
    }

    @Test func theGapBoundariesHoldWhereFloatingPointLandsJustOver() {
        // 0.28 − 0.18 is 0.10000000000000003 and 0.55 − 0.30 is 0.25000000000000006: still exactly the boundary.
        #expect(F.scored(18, today: 28).status == .onTrack)
        #expect(F.scored(30, today: 55).status == .behind)
    }

    @Test func paceIsNotJudgedBefore15PercentOfTheSpan() {
        #expect(F.scored(0, today: 14).status == .onTrack)
        #expect(F.scored(0, today: 15).status == .behind)
        #expect(F.scored(5, today: 15).status == .onTrack)
        #expect(F.scored(0, today: 26).status == .atRisk)
    }

    @Test func withoutAnEndPaceIsNotJudged() {
        let progress = F.progress("Raise NPS from 0 to 100", checkIns: [F.checkIn(80, 1)], today: 80, cycleEnd: nil)
        #expect(progress.expected == nil)
        #expect(progress.status == .onTrack)
    }

    @Test func reachingTheTargetIsAchievedWhateverTheConfidence() {
        #expect(F.scored(100, today: 10, confidence: 2).status == .achieved)
        #expect(!F.scored(100, today: 10, confidence: 2).divergent)
    }

    @Test func aHeldLevelIsAchievedOnlyOnceTodayReachesTheEnd() {
        let text = "Keep uptime at or above 99.9%"
        #expect(F.progress(text, checkIns: [F.checkIn(90, 99.95)], today: 99).status == .onTrack)
        #expect(F.progress(text, checkIns: [F.checkIn(90, 99.95)], today: 100).status == .achieved)
        #expect(F.progress(text, checkIns: [F.checkIn(90, 99.95)], today: 120).status == .achieved)
        #expect(F.progress(text, checkIns: [F.checkIn(90, 99.5)], today: 100).status == .atRisk)
        // A level is judged by whether it holds, even before 15% of the span.
        #expect(F.progress(text, checkIns: [F.checkIn(2, 99.5)], today: 2).status == .atRisk)
    }

    @Test func confidenceOnlyMakesTheStatusWorse() {
        // On pace (progress 0.5 on day 50):
        #expect(F.scored(50, today: 50, confidence: 3).status == .atRisk)
        #expect(F.scored(50, today: 50, confidence: 4).status == .behind)
        #expect(F.scored(50, today: 50, confidence: 5).status == .onTrack)
        #expect(F.scored(50, today: 50, confidence: 10).status == .onTrack)
        // Behind on the numbers: 4 keeps it behind, 9 does not lift it.
        #expect(F.scored(30, today: 50, confidence: 4).status == .behind)
        #expect(F.scored(30, today: 50, confidence: 9).status == .behind)
        // At risk on the numbers: 4 does not lift it.
        #expect(F.scored(10, today: 50, confidence: 4).status == .atRisk)
    }

    @Test func confidenceComesFromTheLatestCheckInThatStatesIt() {
        let checkIns = [F.checkIn(40, 40, confidence: 7), F.checkIn(50, 50)]
        let progress = F.progress("Raise NPS from 0 to 100", confidence: 9, checkIns: checkIns, today: 50)
        #expect(progress.confidence == 7)
        #expect(progress.confidenceChange == nil)
        let stated = F.progress("Raise NPS from 0 to 100", confidence: 3, checkIns: [F.checkIn(50, 50)], today: 50)
        #expect(stated.confidence == 3)
        #expect(stated.status == .atRisk)
    }

    @Test func confidenceChangeIsTheLatestMinusTheOneBefore() {
        let checkIns = [F.checkIn(40, 40, confidence: 7), F.checkIn(50, 50, confidence: 5)]
        #expect(F.progress("Raise NPS from 0 to 100", checkIns: checkIns, today: 50).confidenceChange == -2)
    }

    @Test(arguments: [
        // (progress, confidence, divergent): 7 or more while the numbers say at risk, 3 or less while they say on track.
        (10.0, 7.0, true), (10, 6, false), (10, 10, true), (50, 3, true), (50, 4, false), (50, 0, true),
        (30, 3, false), (30, 7, false), (50, 7, false), (10, 3, false),
    ])
    func divergentWhenConfidenceAndNumbersDisagree(value: Double, confidence: Double, divergent: Bool) {
        let progress = F.scored(value, today: 50, confidence: confidence)
        #expect(progress.divergent == divergent, "progress \(value)% on day 50, confidence \(confidence)")
    }
}
