/// The band a score falls in, half-open: below 0.4 missed, below 0.7 progress, from 0.7 delivered.
public enum ScoreBand: String, Codable, CaseIterable, Sendable {
    case missed
    case progress
    case delivered

    public init(_ score: Double) {
        self = score < 0.4 ? .missed : score < 0.7 ? .progress : .delivered
    }

    /// Whether a key result of this kind of objective succeeded: 0.7 for an aspirational one, 1.0 for committed.
    public static func succeeded(_ score: Double, kind: ObjectiveKind) -> Bool {
        score >= (kind == .committed ? 1.0 : 0.7)
    }
}

/// What a whole set's mean score says about how its targets were set (OpenOKR's portfolio bands).
public enum SetVerdict: String, Codable, CaseIterable, Sendable {
    /// Above 0.85: the targets may have been too safe.
    case tooSafe = "too-safe"
    /// 0.6 to 0.85.
    case healthy
    /// 0.4 up to 0.6.
    case partial
    /// Below 0.4: the targets outran capacity.
    case outran

    public init(_ mean: Double) {
        self = mean > 0.85 ? .tooSafe : mean >= 0.6 ? .healthy : mean >= 0.4 ? .partial : .outran
    }
}
