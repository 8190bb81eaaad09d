import Foundation

/// Merges a starting value the person states into a key result's sentence.
public enum BaselineMerge {
    /// The key result rewritten with where its metric stands today: "Raise NPS to 70 by Q3" with 45 becomes
    /// "Raise NPS from 45 to 70 by Q3"; a relative change ("Cut churn by 20%") with 5% becomes a target
    /// ("Cut churn from 5% to 4% by …"). `nil` when the sentence has no metric or no target to put the value
    /// beside: a merge would write a placeholder into the person's key result.
    public static func stating(baseline: Quantity, in keyResult: KeyResult, of objective: Objective, cycle: Cycle?) -> String? {
        let subject = KeyResultSubject(keyResult, objective: ObjectiveSubject(objective), cycle: cycle)
        let reading = subject.reading
        // "by 50%" and "3x" are the unit of a relative change, not of the metric: "Cut incidents by 50%" from 10
        // goes to 5, not to 5%.
        let relative = reading.target == nil && reading.change != nil && (reading.unit == "%" || reading.unit == "x")
        let unit = baseline.unit ?? (relative ? nil : reading.unit)
        var target = reading.target
        if target == nil, let change = reading.change {
            target = Self.target(from: baseline.value, change: change, changeUnit: reading.unit, direction: reading.direction)
        }
        guard let target, reading.metric.map({ !$0.isEmpty }) ?? false else { return nil }
        var rewrite = KeyResultRewrite(subject)
        rewrite.baseline = PlainNumber.text(baseline.value, unit: unit)
        rewrite.target = PlainNumber.text(target, unit: unit)
        // The merge states the baseline only: a deadline the sentence lacks stays for its own question.
        if reading.deadline?.isEmpty ?? true { rewrite.deadline = "" }
        return rewrite.sentence.trimmingCharacters(in: .whitespaces)
    }

    /// The end value a change reaches from a baseline: "by 20%" of 5 falling is 4; "2x" of 300 is 600.
    private static func target(from baseline: Double, change: Double, changeUnit: String?, direction: Direction?) -> Double {
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
