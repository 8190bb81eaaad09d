import OKRKit
import Testing

/// Properties over random key results (seeded: a failure names its round, and the seed replays it).
@Suite struct ProgressPropertyTests {
    typealias F = TrackingFixtures

    static func number(_ g: inout SplitMix64) -> Double { Double(Int.random(in: -10_000...10_000, using: &g)) / 10 }

    @Test func progressNeverFallsWhenAnIncreasesValueRisesNorWhenADecreasesValueFalls() {
        var g = SplitMix64(seed: 0x13_C4EC)
        for round in 0..<5_000 {
            var ends = [Self.number(&g), Self.number(&g)].sorted()
            if ends[0] == ends[1] { ends[1] += 1 }
            let measure: Measure = Bool.random(using: &g) ? .increase : .decrease
            let plan = measure == .increase
                ? KeyResultPlan(measure: .increase, baseline: ends[0], target: ends[1])
                : KeyResultPlan(measure: .decrease, baseline: ends[1], target: ends[0])
            let values = [Self.number(&g), Self.number(&g)].sorted()
            let lower = KeyResultProgress.progress(CheckIn(date: F.start, value: values[0]), plan)
            let higher = KeyResultProgress.progress(CheckIn(date: F.start, value: values[1]), plan)
            let better = measure == .increase ? higher : lower, worse = measure == .increase ? lower : higher
            #expect(better >= worse, "round \(round): \(plan), values \(values)")
            #expect((0...1).contains(better) && (0...1).contains(worse), "round \(round)")
        }
    }

    @Test func expectedProgressNeverFallsAsTodayAdvances() {
        var g = SplitMix64(seed: 0x13_E7EC)
        for round in 0..<2_000 {
            let start = F.day(Int.random(in: -400...400, using: &g))
            let end = start.adding(days: Int.random(in: 0...400, using: &g))!
            var today = start.adding(days: Int.random(in: -50...0, using: &g))!
            var last = -1.0
            for _ in 0..<30 {
                let expected = KeyResultProgress.expected(today: today, start: start, end: end)
                #expect(expected >= last && (0...1).contains(expected), "round \(round): \(start)…\(end) on \(today)")
                last = expected
                today = today.adding(days: Int.random(in: 0...30, using: &g))!
            }
        }
    }

    @Test func theStatusNeverImprovesWhenConfidenceFalls() {
        var g = SplitMix64(seed: 0x13_C0F1)
        let order: [TrackingStatus] = [.achieved, .onTrack, .behind, .atRisk]
        for round in 0..<1_000 {
            let today = Int.random(in: 0...100, using: &g), value = Double(Int.random(in: 0...100, using: &g))
            let high = Double(Int.random(in: 0...10, using: &g)), low = Double(Int.random(in: 0...Int(high), using: &g))
            let confident = F.scored(value, today: today, confidence: high).status
            let doubtful = F.scored(value, today: today, confidence: low).status
            let rank = { (status: TrackingStatus) in order.firstIndex(of: status) ?? -1 }
            #expect(rank(doubtful) >= rank(confident), "round \(round): \(value)% on day \(today), \(high) then \(low)")
        }
    }
}
