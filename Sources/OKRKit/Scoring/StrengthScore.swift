/// The strength of an OKR set, 0 to 100: the share of applicable checks passed, with a warning counting half
/// and a hint (a note, not a defect) counting as passed. A set with no applicable check scores 100.
public struct StrengthScore: Equatable, Sendable {
    /// How many rule checks applied.
    public private(set) var evaluated = 0
    private var credit = 0.0

    /// An empty tally.
    public init() {}

    /// Records one applicable check by the worst severity it found, or `nil` when it passed.
    public mutating func record(worst severity: Severity?) {
        evaluated += 1
        switch severity {
        case nil, .hint: credit += 1
        case .warning: credit += 0.5
        case .error: break
        }
    }

    /// Adds the checks recorded in another tally (of another part of the same set).
    public mutating func add(_ other: StrengthScore) {
        evaluated += other.evaluated
        credit += other.credit
    }

    /// The score as a whole percentage.
    public var percent: Int {
        guard evaluated > 0 else { return 100 }
        return Int((credit / Double(evaluated) * 100).rounded())
    }
}
