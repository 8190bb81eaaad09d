/// A score a person gave a key result at the end of a cycle, in place of the computed one.
public struct GivenScore: Codable, Equatable, Sendable {
    /// 0.0 to 1.0.
    public var score: Double
    /// Why the computed score was not right.
    public var reason: String

    public init(score: Double, reason: String) {
        self.score = score
        self.reason = reason
    }
}

/// What an objective becomes in the next cycle, decided when the cycle is graded.
public enum NextCyclePlan: String, Codable, CaseIterable, Sendable {
    /// Carried over as it is, its key results starting from their latest values.
    case keep
    /// Carried over to be reworded.
    case change
    /// Not carried over.
    case drop
}
