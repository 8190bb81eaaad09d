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
            let move = Move(reading, measure: measure)
            // "Grow ARR 3x to $3M" starts from $1M: a change and a target give the baseline, as a change and a
            // baseline give the target.
            guard let baseline = reading.baseline ?? reading.target.flatMap({ move?.undone(from: $0) }) else {
                return .failure(.noBaseline(measure))
            }
            guard let target = reading.target ?? move?.done(from: baseline) else { return .failure(.noTarget(measure)) }
            return checked(KeyResultPlan(measure: measure, baseline: baseline, target: target, unit: reading.unit))
        }
    }

    /// The measure a sentence implies when the person has not set one.
    public static func implied(by reading: Reading) -> Measure {
        let hasNumber = reading.target != nil || reading.change != nil || reading.baseline != nil
        switch reading.direction {
        case .maintain:
            return reading.bound == .atMost ? .atMost : .atLeast
        case .increase, .decrease, .achieve, nil:
            guard hasNumber else { return .milestone }
            // Both ends given, the numbers say the way: "Reduce net burn from -$500k to -$200k" raises a number.
            if let baseline = reading.baseline, let target = reading.target, baseline != target {
                return target < baseline ? .decrease : .increase
            }
            if reading.direction == .increase { return .increase }
            if reading.direction == .decrease { return .decrease }
            // "No more than 2 P1 incidents a month" caps a count; "20 demos a month" is a rate to hold.
            if reading.bound == .atMost { return .atMost }
            if reading.per != nil, reading.baseline == nil { return .atLeast }
            // A count or an amount is earned from zero ("Sign 12 new customers", "Close $2.5M"); a share, a score
            // or a length of time is a level reached from where it stands ("Achieve 95% test coverage").
            guard reading.direction == .achieve || reading.countsThings, !isLevelUnit(reading.unit) else { return .increase }
            // "Reach 10,000 weekly active users" and "Hit $1M ARR" name a level (all of them), not an amount earned;
            // "Reach 50 new reviews" is earned.
            if let verb = reading.verb, Self.totalVerbs.contains(word: verb.lowercased()),
                !(reading.metric ?? "").lowercased().split(separator: " ").contains(where: { KeyResultNoBaselineRule.newWords.contains(String($0)) })
            {
                return .increase
            }
            return .achieve
        }
    }

    /// Verbs whose number is a total reached, never an amount earned in the cycle (the baseline check reads more
    /// verbs as possible levels: "get", "have"; here only the certain ones count).
    private static let totalVerbs = StemSet("reach hit attain exceed surpass top")

    /// Whether numbers in `unit` are a level rather than an amount: a percentage, points or a multiple, or a time.
    private static func isLevelUnit(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return ["%", "points", "pp", "bps", "x"].contains(unit) || TimeUnit.secondsPer[unit] != nil
    }

    /// What a sentence's change does to a number, the way the measure goes: "by 25%" scales by 1.25, "halve" by
    /// 0.5, "by 10 points" adds 10.
    private enum Move {
        case scale(Double)
        case shift(Double)

        init?(_ reading: Reading, measure: Measure) {
            guard let change = reading.change else { return nil }
            let sign: Double = measure == .increase ? 1 : -1
            switch reading.changeKind ?? (reading.unit == "%" ? .relative : nil) {
            case .relative: self = .scale(1 + sign * change / 100)
            case .absolute: self = .shift(sign * change)
            case .multiplier:
                // A factor moves the way the measure does, however it is written: "double" (2) and "halve" (0.5),
                // "cut 3x" (3) and "reduce to a third" (0.33) alike.
                guard change > 0, change != 1 else { return nil }
                let factor = max(change, 1 / change)
                self = .scale(measure == .increase ? factor : 1 / factor)
            case nil: return nil
            }
        }

        /// The target from a baseline: "by 25%" from 40 is 50, "halve" from 6 is 3.
        func done(from baseline: Double) -> Double {
            switch self {
            case .scale(let factor): baseline * factor
            case .shift(let amount): baseline + amount
            }
        }

        /// The baseline a target was moved from: "by 25%" to 50 is from 40; `nil` when nothing could have reached it
        /// ("by 100%" down).
        func undone(from target: Double) -> Double? {
            switch self {
            case .scale(let factor): factor > 0 ? target / factor : nil
            case .shift(let amount): target - amount
            }
        }
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
