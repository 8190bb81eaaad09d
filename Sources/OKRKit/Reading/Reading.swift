/// What a key-result sentence says, as read by `KeyResultReader`.
///
/// "Raise NPS from 45 to 70 by Q3" reads as direction `.increase`, metric "NPS", baseline 45, target 70,
/// deadline "by Q3". Absent parts are `nil`, and encode as `null` so the JSON always has every key.
/// Values are plain full numbers ("$1.2M" is 1200000); a `change` is a magnitude, its way is `direction`.
public struct Reading: Codable, Equatable, Sendable {
    /// Which way the metric should move.
    public var direction: Direction?
    /// The phrase being measured: "NPS", "week-one activation".
    public var metric: String?
    /// Where the metric stands today.
    public var baseline: Double?
    /// Where it should end.
    public var target: Double?
    /// A move: "by 25%" is 25 (`changeKind` relative), "by 10 points" is 10 (absolute), "double" is 2 (multiplier).
    public var change: Double?
    /// "%", a currency code or symbol, a time unit, or a counted noun.
    public var unit: String?
    /// The deadline phrase as written: "by end of Q3", "within 90 days".
    public var deadline: String?
    /// Stated confidence on a 0 to 10 scale.
    public var confidence: Double?
    /// The verb the sentence turns on, lowercased as written: "raise", "launch", "hold". `nil` without one.
    public var verb: String?
    /// Whether the target is a floor ("70+", "above 25%", "at least 10") or a ceiling ("under 2 hours").
    public var bound: Bound?
    /// The upper end of a target range ("20-25%"), with `target` the lower end.
    public var targetUpper: Double?
    /// How `change` is meant: relative ("by 25%"), absolute ("by 10 points", "by $2M") or a multiplier ("2x").
    public var changeKind: ChangeKind?
    /// The period of a rate: "month" for "20 demos/month".
    public var per: String?
    /// A service level that qualifies each case rather than dating the result: "within 24 hours".
    public var condition: String?

    /// Creates a reading; every part defaults to absent.
    public init(
        direction: Direction? = nil, metric: String? = nil, baseline: Double? = nil, target: Double? = nil,
        change: Double? = nil, unit: String? = nil, deadline: String? = nil, confidence: Double? = nil,
        verb: String? = nil, bound: Bound? = nil, targetUpper: Double? = nil, changeKind: ChangeKind? = nil,
        per: String? = nil, condition: String? = nil
    ) {
        self.direction = direction
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.change = change
        self.unit = unit
        self.deadline = deadline
        self.confidence = confidence
        self.verb = verb
        self.bound = bound
        self.targetUpper = targetUpper
        self.changeKind = changeKind
        self.per = per
        self.condition = condition
    }

    /// Whether the numbers count things ("12 interviews", "raise sign-ups to 500"), rather than measure a
    /// percentage, an amount of money, a length of time or a score ("raise NPS to 45").
    public var countsThings: Bool {
        guard let unit else {
            // A bare number counts the metric when the metric names things in the plural: "customer testimonials".
            guard let last = metric?.split(separator: " ").last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"),
                last.contains(where: \.isLowercase)
            else { return false }
            return true
        }
        guard let first = unit.unicodeScalars.first, first.properties.isLowercase else { return false }
        return TimeUnit.secondsPer[unit] == nil && !["points", "pp", "bps", "x"].contains(unit)
    }

    /// Whether the sentence asks to hold a level ("keep", "maintain", "stay above"): a health metric to watch.
    public var isHealthStatement: Bool { direction == .maintain }

    private enum CodingKeys: String, CodingKey {
        case direction, metric, baseline, target, change, unit, deadline, confidence
        case verb, bound, targetUpper, changeKind, per, condition
    }

    /// Encodes every key, writing `null` for absent values so readers of the JSON see the full shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(direction, forKey: .direction)
        try c.encode(metric, forKey: .metric)
        try c.encode(baseline, forKey: .baseline)
        try c.encode(target, forKey: .target)
        try c.encode(change, forKey: .change)
        try c.encode(unit, forKey: .unit)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(verb, forKey: .verb)
        try c.encode(bound, forKey: .bound)
        try c.encode(targetUpper, forKey: .targetUpper)
        try c.encode(changeKind, forKey: .changeKind)
        try c.encode(per, forKey: .per)
        try c.encode(condition, forKey: .condition)
    }
}

/// How a key result's `change` is meant.
public enum ChangeKind: String, Codable, CaseIterable, Sendable {
    /// A percentage of today's value: "by 25%".
    case relative
    /// An amount in the metric's own unit: "by 10 points", "by $2M", "by 500 users".
    case absolute
    /// A factor: "2x", "double", "halve".
    case multiplier
}

/// Which way a key result moves its metric.
public enum Direction: String, Codable, CaseIterable, Sendable {
    case increase
    case decrease
    case maintain
    case achieve
}
