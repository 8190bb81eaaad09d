import Foundation

/// Merges a starting value the person states into a key result's sentence.
public enum BaselineMerge {
    /// What became of a merge.
    public enum Outcome: Equatable, Sendable {
        /// The key result with today's value in it.
        case merged(String)
        /// The sentence has no metric or no target to put the value beside.
        case noTarget
        /// Today's value is already at or past the target the sentence moves toward ("Raise NPS to 70" with 80);
        /// `target` is the target as written with its unit.
        case pastTarget(target: String)
    }

    /// The key result rewritten with where its metric stands today: "Raise NPS to 70 by Q3" with 45 becomes
    /// "Raise NPS from 45 to 70 by Q3"; a relative change ("Cut churn by 20%") with 5% becomes a target
    /// ("Cut churn from 5% to 4% by …"). The verb follows the way the values move ("Time to first value under
    /// 14 days" with 30 days becomes "Reduce time to first value from 30 days to 14 days"), units stay ("from 20,000
    /// to 50,000 visits a month"), and a count of the metric is not named twice ("Grow customer testimonials from 5
    /// to 30"). No merge when the sentence has no metric or no target to put the value beside (a merge would write
    /// a placeholder into the person's key result), or when the value is already past a target the sentence raises
    /// or cuts toward (a merge would turn "Raise" into "Reduce" behind the person's back).
    public static func merge(baseline: Quantity, into keyResult: KeyResult, of objective: Objective, cycle: Cycle?) -> Outcome {
        let subject = KeyResultSubject(keyResult, objective: ObjectiveSubject(objective), cycle: cycle)
        let reading = subject.reading
        // "by 50%" and "3x" are the unit of a relative change, not of the metric: "Cut incidents by 50%" from 10
        // goes to 5, not to 5%.
        let relative = reading.target == nil && reading.change != nil && (reading.unit == "%" || reading.unit == "x")
        // "3 days" beside a target in hours is 72 hours.
        var today = baseline.value
        if !relative, let seconds = baseline.seconds, let unit = reading.unit, let per = TimeUnit.secondsPer[unit] {
            today = seconds / per
        }
        var target = reading.target
        if target == nil, let change = reading.change {
            target = Self.target(from: today, change: change, changeUnit: reading.unit, direction: reading.direction)
        }
        guard let target, reading.metric.map({ !$0.isEmpty }) ?? false else { return .noTarget }
        var rewrite = KeyResultRewrite(subject)
        // The answer's unit counts when the sentence's was a change's ("5%" for "Cut churn by 20%") or it had none;
        // else the values are in the sentence's unit ("Get 30 customer testimonials" with "5 testimonials").
        if relative || reading.unit == nil { rewrite.unit = baseline.unit }
        let way = rewrite.direction
        rewrite.state(baseline: today, target: target)
        // The way the sentence moves (its verb, its bound, or its metric's better side) must stay the values' way.
        if rewrite.direction != way || today == target { return .pastTarget(target: rewrite.targetText) }
        // The merge states the baseline only: a deadline the sentence lacks stays for its own question.
        if reading.deadline?.isEmpty ?? true { rewrite.deadline = "" }
        return .merged(rewrite.sentence)
    }

    /// The end value a change reaches from a baseline: "by 20%" of 5 falling is 4; "2x" of 300 is 600.
    static func target(from baseline: Double, change: Double, changeUnit: String?, direction: Direction?) -> Double {
        let sign: Double = direction == .decrease ? -1 : 1
        switch changeUnit {
        case "x":
            // "half" reads as 0.5x, "double" as 2x; "cut 3x" divides.
            if change < 1 { return baseline * change }
            return direction == .decrease ? baseline / change : baseline * change
        case "%": return (baseline * (1 + sign * change / 100) * 1000).rounded() / 1000
        default: return baseline + sign * change
        }
    }
}
