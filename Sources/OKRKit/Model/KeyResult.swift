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

    public init(id: UUID = Identifier.make(), text: String, confidence: Double? = nil, kpis: [String] = []) {
        self.id = id
        self.text = text
        self.confidence = confidence
        self.kpis = kpis
    }

    private enum CodingKeys: String, CodingKey { case id, text, confidence, kpis }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIdentifier(forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence)
        kpis = try container.decodeIfPresent([String].self, forKey: .kpis) ?? []
    }
}
