/// One check-in on a key result: where it stood on a day, and how confident the person was.
public struct CheckIn: Codable, Equatable, Sendable {
    /// The day the value was true; one check-in per key result per day.
    public var date: CalendarDay
    /// The value in the key result's unit; for a milestone, the estimated share done as a percentage.
    public var value: Double?
    /// For a milestone: whether it is done. `nil` for other measures.
    public var done: Bool?
    /// Confidence of reaching the key result, 0 to 10.
    public var confidence: Double?
    /// What the person said: what changed, what help they need.
    public var note: String?

    public init(date: CalendarDay, value: Double? = nil, done: Bool? = nil, confidence: Double? = nil, note: String? = nil) {
        self.date = date
        self.value = value
        self.done = done
        self.confidence = confidence
        self.note = note
    }
}
