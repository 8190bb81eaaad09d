/// An OKR set read from an outline, with where each part came from and what could not be used.
public struct Outline: Equatable, Sendable {
    public var objectives: [Objective]
    /// The cycle named by a `Cycle: 2027-Q1` line, if any.
    public var cycle: Cycle?
    /// The team named by a `Team: Platform` line, if any.
    public var team: String?
    /// The 1-based line of each objective, in order.
    public var objectiveLines: [Int]
    /// The 1-based lines of each objective's key results.
    public var keyResultLines: [[Int]]
    /// Problems found, in line order.
    public var diagnostics: [OutlineDiagnostic]

    /// Whether some problem makes the outline unusable.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
