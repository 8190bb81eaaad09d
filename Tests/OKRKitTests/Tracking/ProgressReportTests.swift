import Foundation
import OKRKit
import Testing

/// A whole set on a day: objective and set scores, the given score winning, and the totals.
@Suite struct ProgressReportTests {
    typealias F = TrackingFixtures

    static func keyResult(_ text: String, _ checkIns: [CheckIn], given: Double? = nil) -> KeyResult {
        var keyResult = KeyResult(text: text, checkIns: checkIns)
        keyResult.givenScore = given.map { GivenScore(score: $0, reason: "agreed at the review") }
        return keyResult
    }

    static func report(_ objectives: [Objective], today: Int = 100, cycle: Bool = true) -> ProgressReport {
        let session = Session(
            name: "team", createdAt: Date(timeIntervalSince1970: 0),
            cycle: cycle ? Cycle(label: "2027-Q1", start: F.start, end: F.end) : nil, objectives: objectives)
        return ProgressReport(session: session, firstDay: F.day(-30), today: F.day(today))
    }

    @Test func anObjectiveScoresTheMeanOfItsKeyResultsAndTheSetTheMeanOfItsObjectives() {
        let growth = Objective(text: "Grow", keyResults: [
            Self.keyResult("Sign 12 new customers", [F.checkIn(90, 12)]),  // 1.0
            Self.keyResult("Raise NPS from 40 to 60", [F.checkIn(90, 45)]),  // 0.25
        ])
        let quality = Objective(text: "Quality", keyResults: [
            Self.keyResult("Cut churn from 3% to 2%", [F.checkIn(90, 2.6)]),  // 0.4
        ])
        let report = Self.report([growth, quality, Objective(text: "Nothing yet")])
        #expect(report.objectives.map(\.score) == [0.63, 0.4, nil])
        // The mean of 0.63 and 0.4, the objective without key results left out.
        #expect(report.score == 0.52)
        #expect(report.verdict == .partial)
    }

    @Test func aGivenScoreWinsInTheMeans() {
        let objective = Objective(text: "Grow", keyResults: [
            Self.keyResult("Sign 12 new customers", [F.checkIn(90, 3)], given: 0.9),  // computed 0.25
            Self.keyResult("Raise NPS from 40 to 60", [F.checkIn(90, 60)]),  // 1.0
        ])
        let report = Self.report([objective])
        #expect(report.objectives[0].keyResults[0].score == 0.25)
        #expect(report.objectives[0].score == 0.95)
        #expect(report.verdict == .tooSafe)
    }

    @Test func aSetWithoutKeyResultsHasNoScoreNorVerdict() {
        let report = Self.report([Objective(text: "Grow")])
        #expect(report.score == nil)
        #expect(report.verdict == nil)
    }

    @Test func withoutACycleTheSpanStartsOnTheSessionsFirstDay() {
        let report = Self.report([Objective(text: "Grow", keyResults: [Self.keyResult("Sign 12 new customers", [])])],
            today: 0, cycle: false)
        #expect(report.start == F.day(-30))
        #expect(report.objectives[0].keyResults[0].expected == nil)
    }

    @Test func theSummaryCountsEachKeyResultOnceByStatusAndAgainWhenDueOrStale() {
        let objective = Objective(text: "Mixed", keyResults: [
            Self.keyResult("Sign 12 new customers", [F.checkIn(50, 12)]),  // achieved
            Self.keyResult("Raise NPS from 0 to 100", [F.checkIn(50, 50)]),  // on track, 10 days old: due
            Self.keyResult("Raise CSAT from 0 to 100", [F.checkIn(59, 40)]),  // behind: a gap of 0.2
            Self.keyResult("Raise activation from 0% to 100%", [F.checkIn(39, 10)]),  // at risk, stale
            Self.keyResult("Launch the mobile app", []),  // pending, due and stale
        ])
        let summary = Self.report([objective], today: 60).summary
        #expect(summary.achieved == 1)
        #expect(summary.onTrack == 1)
        #expect(summary.behind == 1)
        #expect(summary.atRisk == 1)
        #expect(summary.pending == 1)
        #expect(summary.due == 3)
        #expect(summary.stale == 2)
    }
}
