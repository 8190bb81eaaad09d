/// Where a key result stands at a check-in: the word the status card and the JSON show.
public enum TrackingStatus: String, Codable, CaseIterable, Sendable {
    /// No check-in yet.
    case pending
    /// The target is reached, or a level held to the end.
    case achieved
    /// At or near where the plan says it should be by now, or a level that holds.
    case onTrack = "on-track"
    /// 10 to 25 points short of the plan, or confidence of 4.
    case behind
    /// More than 25 points short, a level that does not hold, or confidence of 3 or less.
    case atRisk = "at-risk"

    /// How bad it is, for "confidence can only make it worse": on track < behind < at risk.
    var concern: Int {
        switch self {
        case .pending, .achieved, .onTrack: 0
        case .behind: 1
        case .atRisk: 2
        }
    }
}
