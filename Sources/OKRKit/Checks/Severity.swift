/// How much a finding matters: an error fails a check run, a warning should be fixed, a hint is worth a look.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case hint
    case warning
    case error

    /// Orders hint < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .hint: 0
        case .warning: 1
        case .error: 2
        }
    }
}
