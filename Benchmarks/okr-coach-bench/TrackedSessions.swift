import Foundation
import OKRKit

/// Sessions a quarter into their cycle, with a weekly check-in on every key result: the figures for `status` and
/// for saving a session full of check-ins. Varied sentences (`VariedOKRs`) and values, the same on every run.
enum TrackedSessions {
    /// The first day of the cycle (2027-Q1) and the weekly check-ins' first day.
    static let start = CalendarDay(year: 2027, month: 1, day: 1)!

    /// `count` sessions named `tracked-1`, `tracked-2`, … of `objectives` × `keyResultsEach` key results, each with
    /// `weeks` weekly check-ins.
    static func sessions(_ count: Int, objectives: Int, keyResultsEach: Int, weeks: Int) -> [Session] {
        var varied = VariedOKRs()
        var random = SplitMix64(seed: 13)
        return (1...count).map { number in
            var session = Session(name: "tracked-\(number)", createdAt: Date(), cycle: Cycle.parse("2027-Q1"))
            session.objectives = varied.objectives(objectives, keyResultsEach: keyResultsEach)
            for o in session.objectives.indices {
                for k in session.objectives[o].keyResults.indices {
                    checkIn(&session.objectives[o].keyResults[k], weeks: weeks, random: &random)
                }
            }
            return session
        }
    }

    /// Adds a check-in a week to `keyResult`: its value moving from the baseline toward the target at its own pace
    /// (some ahead, some behind), a level near its line, a milestone's share done; confidence drifting.
    private static func checkIn(_ keyResult: inout KeyResult, weeks: Int, random: inout SplitMix64) {
        let plan = try? KeyResultPlan.of(keyResult, reading: KeyResultReader.read(keyResult.text)).get()
        let pace = Double.random(in: 0.3...1.3, using: &random)
        var confidence = Double(Int.random(in: 4...9, using: &random))
        for week in 1...weeks {
            guard let date = start.adding(days: week * 7) else { continue }
            let share = pace * Double(week) / Double(weeks)
            let value: Double
            switch plan?.measure {
            case .atLeast?, .atMost?:
                value = (plan?.target ?? 1) * Double.random(in: 0.97...1.03, using: &random)
            case .increase?, .decrease?, .achieve?:
                let baseline = plan?.baseline ?? 0, target = plan?.target ?? 1
                value = baseline + (target - baseline) * share
            case .milestone?, nil:
                value = min(100, (share * 100).rounded())
            }
            confidence = min(10, max(0, confidence + Double(Int.random(in: -1...1, using: &random))))
            keyResult.checkIns.append(CheckIn(
                date: date, value: value, done: plan?.measure == .milestone ? value >= 100 : nil, confidence: confidence,
                note: week % 4 == 0 ? "week \(week): what moved it, what got in the way" : nil))
        }
    }
}
