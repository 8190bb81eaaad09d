/// A KPI suggested for a key result, with how well it matched and why.
public struct Suggestion: Equatable, Sendable {
    /// The suggested entry.
    public var kpi: KPI
    /// The retrieval score: higher matched better. Comparable within one answer only.
    public var score: Double
    /// Why it is suggested.
    public var reason: SuggestionReason

    /// A suggestion of `kpi` with its score and reason.
    public init(kpi: KPI, score: Double, reason: SuggestionReason) {
        self.kpi = kpi
        self.score = score
        self.reason = reason
    }
}

/// Why a KPI is suggested, in parts a renderer turns into a sentence.
public struct SuggestionReason: Equatable, Sendable {
    /// How the KPI relates to the key result.
    public enum Role: Equatable, Sendable {
        /// The key result's own metric is this KPI.
        case ownMetric
        /// A counter-metric of the key result's own metric (given by id): a gain there should not cost this.
        case counterMetric(of: String)
        /// It shares words with the key result.
        case related
    }

    /// How the KPI relates to the key result.
    public var role: SuggestionReason.Role
    /// The key result's words (or phrases) that matched, as written, in the key result's order.
    public var matchedTerms: [String]
    /// The objective's words that matched and the key result lacks.
    public var contextTerms: [String]
    /// How often to watch it.
    public var cadence: KPICadence

    /// A reason with its role, matched words and cadence.
    public init(role: SuggestionReason.Role, matchedTerms: [String] = [], contextTerms: [String] = [], cadence: KPICadence) {
        self.role = role
        self.matchedTerms = matchedTerms
        self.contextTerms = contextTerms
        self.cadence = cadence
    }
}
