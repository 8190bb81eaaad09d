/// What a key-result sentence says, as read by `KeyResultReader`.
///
/// "Raise NPS from 45 to 70 by Q3" reads as direction `.increase`, metric "NPS", baseline 45, target 70,
/// deadline "by Q3". Absent parts are `nil`.
public struct Reading: Codable, Equatable, Sendable {
    /// Which way the metric should move.
    public var direction: Direction?
    /// The phrase being measured: "NPS", "week-one activation".
    public var metric: String?
    /// Where the metric stands today.
    public var baseline: Double?
    /// Where it should end.
    public var target: Double?
    /// A relative move without an end value: "by 25%" is 25 with unit "%", "double" is 2 with unit "x".
    public var change: Double?
    /// "%", a currency code or symbol, a time unit, or a counted noun.
    public var unit: String?
    /// The deadline phrase as written: "by end of Q3", "within 90 days".
    public var deadline: String?
    /// Stated confidence on a 0 to 10 scale.
    public var confidence: Double?

    public init(
        direction: Direction? = nil, metric: String? = nil, baseline: Double? = nil, target: Double? = nil,
        change: Double? = nil, unit: String? = nil, deadline: String? = nil, confidence: Double? = nil
    ) {
        self.direction = direction
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.change = change
        self.unit = unit
        self.deadline = deadline
        self.confidence = confidence
    }
}

/// Which way a key result moves its metric.
public enum Direction: String, Codable, CaseIterable, Sendable {
    case increase
    case decrease
    case maintain
    case achieve
}
