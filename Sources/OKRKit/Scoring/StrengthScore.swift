/// The strength of an OKR set, 0 to 100, from what its checks found, weighed per objective and key result:
///
///     100 − (30 × errors + 10 × warnings + 2 × hints) ÷ (objectives + key results)
///
/// rounded down, never below 0, and at most 70 while any error stands. A clean set scores 100, and so does a set
/// with nothing in it. An error weighs three warnings, a hint (a note, not a defect) a fifth of a warning.
public struct StrengthScore: Codable, Equatable, Sendable {
    /// What a finding of each severity takes off, before dividing by the number of objectives and key results.
    public static let weights: [Severity: Int] = [.error: 30, .warning: 10, .hint: 2]
    /// The most a set with an error can score.
    public static let ceilingWithErrors = 70

    /// How many rule checks applied.
    public private(set) var evaluated = 0
    /// The findings by severity.
    public private(set) var counts: [Severity: Int] = [:]
    /// How many objectives and key results were judged.
    public private(set) var items = 0

    /// An empty tally.
    public init() {}

    /// Records one applicable check by the worst severity it found, or `nil` when it passed.
    public mutating func record(worst severity: Severity?) {
        evaluated += 1
        if let severity { counts[severity, default: 0] += 1 }
    }

    /// Records objectives and key results judged.
    public mutating func judged(items count: Int) {
        items += count
    }

    /// Adds the checks recorded in another tally (of another part of the same set).
    public mutating func add(_ other: StrengthScore) {
        evaluated += other.evaluated
        items += other.items
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// The findings of one severity.
    public func count(_ severity: Severity) -> Int { counts[severity, default: 0] }

    /// What the findings take off in all, before dividing by the number of objectives and key results.
    public var penalty: Int {
        Severity.allCases.reduce(0) { $0 + count($1) * (Self.weights[$1] ?? 0) }
    }

    /// The score before the ceiling for errors: 100 less the penalty per objective and key result.
    public var uncapped: Int {
        max(0, 100 - (penalty + max(1, items) - 1) / max(1, items))
    }

    /// The score as a whole percentage.
    public var percent: Int {
        count(.error) > 0 ? min(uncapped, Self.ceilingWithErrors) : uncapped
    }
}
