/// What a key result measures and between which numbers: the plan its check-ins are judged against.
///
/// "Raise NPS from 45 to 70" is an increase from 45 to 70; "Sign 12 new customers" an achieve from 0 to 12;
/// "Keep uptime at or above 99.9%" a floor of 99.9; "Launch the mobile app" a milestone.
public struct KeyResultPlan: Equatable, Sendable {
    public var measure: Measure
    /// Where the key result started; 0 for `achieve`, `nil` for a level or a milestone.
    public var baseline: Double?
    /// Where it should end; for a level, the level to hold; `nil` for a milestone.
    public var target: Double?
    /// The unit the numbers are in, as read: "%", "$", "new customers".
    public var unit: String?

    public init(measure: Measure, baseline: Double? = nil, target: Double? = nil, unit: String? = nil) {
        self.measure = measure
        self.baseline = baseline
        self.target = target
        self.unit = unit
    }

    /// Why a key result's check-ins cannot be turned into progress: each is a drafting gap to fix first.
    public enum Problem: Error, Equatable, Sendable {
        /// An increase or decrease without a starting value: the first check-in asks for it.
        case noBaseline(Measure)
        /// A number to move but no target to move it to.
        case noTarget(Measure)
        /// The baseline is already the target: there is nothing to move.
        case baselineIsTarget(Double)
        /// The target lies the wrong way: "Raise churn from 3% to 2%".
        case againstDirection(Measure)
    }

    /// The measurement of `keyResult`, whose sentence reads as `reading`: its set measure, else the one the
    /// sentence implies.
    public static func of(_ keyResult: KeyResult, reading: Reading) -> Result<KeyResultPlan, Problem> {
        let measure = keyResult.measure ?? implied(by: reading)
        switch measure {
        case .milestone:
            return .success(KeyResultPlan(measure: .milestone))
        case .atLeast, .atMost:
            guard let level = reading.target ?? reading.baseline else { return .failure(.noTarget(measure)) }
            return .success(KeyResultPlan(measure: measure, target: level, unit: reading.unit))
        case .achieve:
            guard let target = reading.target ?? (reading.changeKind == .absolute ? reading.change : nil) else {
                return .failure(.noTarget(measure))
            }
            return checked(KeyResultPlan(measure: .achieve, baseline: 0, target: target, unit: reading.unit))
        case .increase, .decrease:
            guard let baseline = reading.baseline else { return .failure(.noBaseline(measure)) }
            guard let target = reading.target ?? target(from: baseline, reading: reading, measure: measure) else {
                return .failure(.noTarget(measure))
            }
            return checked(KeyResultPlan(measure: measure, baseline: baseline, target: target, unit: reading.unit))
        }
    }

    /// The measure a sentence implies when the person has not set one.
    public static func implied(by reading: Reading) -> Measure {
        let hasNumber = reading.target != nil || reading.change != nil || reading.baseline != nil
        switch reading.direction {
        case .maintain:
            return reading.bound == .atMost ? .atMost : .atLeast
        case .increase, .decrease:
            guard hasNumber else { return .milestone }
            return reading.direction == .increase ? .increase : .decrease
        case .achieve, nil:
            guard hasNumber else { return .milestone }
            if let baseline = reading.baseline, let target = reading.target {
                return target < baseline ? .decrease : .increase
            }
            // "No more than 2 P1 incidents a month" caps a count; "20 demos a month" is a rate to hold.
            if reading.bound == .atMost { return .atMost }
            if reading.per != nil, reading.baseline == nil { return .atLeast }
            return reading.direction == .achieve || reading.countsThings ? .achieve : .increase
        }
    }

    /// The target a change implies from the baseline, as a merged sentence would state it: "by 25%" from 40 is
    /// 50, "halve" from 6 is 3.
    private static func target(from baseline: Double, reading: Reading, measure: Measure) -> Double? {
        guard let change = reading.change else { return nil }
        let unit = reading.changeKind == .relative ? "%" : reading.changeKind == .multiplier ? "x" : reading.unit
        return BaselineMerge.target(from: baseline, change: change, changeUnit: unit, direction: measure == .decrease ? .decrease : .increase)
    }

    /// Refuses a baseline equal to its target, or a target on the wrong side of it.
    private static func checked(_ measurement: KeyResultPlan) -> Result<KeyResultPlan, Problem> {
        guard let baseline = measurement.baseline, let target = measurement.target else { return .success(measurement) }
        if baseline == target { return .failure(.baselineIsTarget(target)) }
        let rises = target > baseline
        if rises != (measurement.measure != .decrease) { return .failure(.againstDirection(measurement.measure)) }
        return .success(measurement)
    }
}
