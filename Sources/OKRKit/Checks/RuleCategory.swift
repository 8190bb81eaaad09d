/// The quality a rule checks: one of the SMART letters, stretch, or the shape of the set.
public enum RuleCategory: String, Codable, CaseIterable, Sendable {
    case specific
    case measurable
    case achievable
    case relevant
    case timeBound = "time-bound"
    case stretch
    case structure
}
