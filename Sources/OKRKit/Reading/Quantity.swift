/// An amount found in a text, with its kind: "15%", "$1.2M", "2x", "12 interviews", "2027".
///
/// Values are plain full numbers: "250K" is 250000, "$1.2M" is 1200000, "double" is a multiplier of 2.
/// Find them with `KeyResultReader.quantities(in:)`.
public struct Quantity: Codable, Equatable, Sendable {
    /// What sort of amount a quantity is.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A bare number: "300", "90,000", "1.5".
        case number
        /// A percentage: "15%", "15 percent", "15 pct".
        case percent
        /// Points: "10 points", "5 pts", "3 percentage points" (unit "pp"), "50 bps" (as 0.5 pp).
        case points
        /// Money: "$1.2M", "€40k", "100 USD".
        case currency
        /// A multiplier: "2x", "10×", "double" (2), "triple" (3), "halve" (0.5).
        case multiplier
        /// A year standing alone, as in "by 2027": a date, not a measure.
        case year
        /// Part of a date or deadline: the 31 of "March 31", the 6 of "by week 6".
        case date
        /// A length of time: "24 hours", "9h", "200ms", "90 days".
        case duration
        /// A number of counted things: "12 interviews", "three new products".
        case count
    }

    /// What sort of amount this is.
    public var kind: Kind
    /// The full value: 250000 for "250K", 0.5 for "halve", 24 for "24 hours".
    public var value: Double
    /// The upper end of a range ("20-25%", "between 20 and 25"), with `value` the lower end.
    public var upper: Double?
    /// "%", "pp", "points", a currency symbol or code ("$", "EUR"), "x", a time unit ("hours", "ms"), or the
    /// counted noun ("interviews").
    public var unit: String?
    /// The period of a rate: "month" for "20/month" or "20 per month".
    public var per: String?
    /// Whether the amount is a floor ("70+", "above 25%", "at least 10") or a ceiling ("under 2 hours").
    public var bound: Bound?
    /// The amount as written, without its surrounding words: "$1.2M", "70+", "twenty-five".
    public var text: String

    /// Creates a quantity.
    public init(
        kind: Kind, value: Double, upper: Double? = nil, unit: String? = nil, per: String? = nil, bound: Bound? = nil,
        text: String
    ) {
        self.kind = kind
        self.value = value
        self.upper = upper
        self.unit = unit
        self.per = per
        self.bound = bound
        self.text = text
    }

    /// Whether this states a measure (anything but a year or a date): what makes a text measurable.
    public var isMeasure: Bool { kind != .year && kind != .date }

    /// For a duration, its length in seconds: 86400 for "1 day". `nil` for other kinds.
    public var seconds: Double? {
        guard kind == .duration, let unit, let factor = TimeUnit.secondsPer[unit] else { return nil }
        return value * factor
    }
}

/// Whether a stated amount is a floor or a ceiling rather than an exact value.
public enum Bound: String, Codable, CaseIterable, Sendable {
    /// "70+", "above 25%", "at least 10", "or more".
    case atLeast
    /// "under 2 hours", "below 3%", "at most 5", "no more than 2".
    case atMost
}
