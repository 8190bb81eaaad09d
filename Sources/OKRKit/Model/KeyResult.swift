import Foundation

/// A measurable outcome that shows progress toward its objective, written as a sentence.
public struct KeyResult: Codable, Equatable, Sendable {
    public var id: UUID
    /// The sentence as the person wrote it: "Raise NPS from 45 to 70 by Q3".
    public var text: String
    /// How confident the person is of reaching it, 0 to 10; `nil` when not said.
    public var confidence: Double?
    /// Ids of catalog KPIs watched beside this key result.
    public var kpis: [String]
    /// What it measures, when the person set it (`/measure`); `nil` reads it from the sentence.
    public var measure: Measure?
    /// Check-ins, oldest first, at most one per day.
    public var checkIns: [CheckIn]
    /// The score the person gave at grading, which wins over the computed one.
    public var givenScore: GivenScore?
    /// What was learned, asked when a committed key result is missed.
    public var lookBack: String?
    /// Who answers for it, as written: "Ana".
    public var owner: String?

    public init(
        id: UUID = Identifier.make(), text: String, confidence: Double? = nil, kpis: [String] = [], measure: Measure? = nil,
        checkIns: [CheckIn] = []
    ) {
        self.id = id
        self.text = text
        self.confidence = confidence
        self.kpis = kpis
        self.measure = measure
        self.checkIns = checkIns
    }

    private enum CodingKeys: String, CodingKey { case id, text, confidence, kpis, measure, checkIns, givenScore, lookBack, owner }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIdentifier(forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
        kpis = try container.decodeIfPresent([String].self, forKey: .kpis) ?? []
        measure = try container.decodeIfPresent(Measure.self, forKey: .measure)
        checkIns = try container.decodeIfPresent([CheckIn].self, forKey: .checkIns) ?? []
        givenScore = try container.decodeIfPresent(GivenScore.self, forKey: .givenScore)
        lookBack = try container.decodeIfPresent(String.self, forKey: .lookBack)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
    }

    /// Writes what is set; a key result never checked in has no `checkIns` key, as before version 3.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(confidence, forKey: .confidence)
        try container.encode(kpis, forKey: .kpis)
        try container.encodeIfPresent(measure, forKey: .measure)
        if !checkIns.isEmpty { try container.encode(checkIns, forKey: .checkIns) }
        try container.encodeIfPresent(givenScore, forKey: .givenScore)
        try container.encodeIfPresent(lookBack, forKey: .lookBack)
        try container.encodeIfPresent(owner, forKey: .owner)
    }
}
