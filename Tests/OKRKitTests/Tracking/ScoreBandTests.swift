import OKRKit
import Testing

/// Half-open bands for a score, success by the objective's kind, and the verdict on a set's mean.
@Suite struct ScoreBandTests {
    @Test(arguments: [
        (0.0, ScoreBand.missed), (0.39, .missed), (0.3999, .missed), (0.4, .progress), (0.69, .progress),
        (0.6999, .progress), (0.7, .delivered), (1.0, .delivered),
    ])
    func bandsAreHalfOpen(score: Double, band: ScoreBand) {
        #expect(ScoreBand(score) == band, "score \(score)")
    }

    @Test func anAspirationalKeyResultSucceedsAt07ACommittedOneOnlyAt1() {
        #expect(ScoreBand.succeeded(0.7, kind: .aspirational))
        #expect(!ScoreBand.succeeded(0.69, kind: .aspirational))
        #expect(ScoreBand.succeeded(1.0, kind: .committed))
        #expect(!ScoreBand.succeeded(0.99, kind: .committed))
    }

    @Test(arguments: [
        (0.0, SetVerdict.outran), (0.39, .outran), (0.4, .partial), (0.59, .partial), (0.6, .healthy),
        (0.85, .healthy), (0.86, .tooSafe), (1.0, .tooSafe),
    ])
    func theSetVerdictFollowsThePortfolioBands(mean: Double, verdict: SetVerdict) {
        #expect(SetVerdict(mean) == verdict, "mean \(mean)")
    }
}
