import Foundation

/// A qualitative, inspiring statement of where the team wants to be, measured by its key results.
public struct Objective: Codable, Equatable, Sendable {
    public var id: UUID
    public var text: String
    public var kind: ObjectiveKind
    public var keyResults: [KeyResult]
    /// What becomes of it in the next cycle, decided at grading.
    public var nextCycle: NextCyclePlan?
    /// What the team learned, said at grading.
    public var learned: String?
    /// Who answers for it, as written: "Ana".
    public var owner: String?
    /// The objective or key result of another session that it supports.
    public var parent: Alignment?

    public init(id: UUID = Identifier.make(), text: String, kind: ObjectiveKind = .aspirational, keyResults: [KeyResult] = []) {
        self.id = id
        self.text = text
        self.kind = kind
        self.keyResults = keyResults
    }

    /// Who answers for one of its key results: the key result's own owner, else the objective's.
    public func owner(of keyResult: KeyResult) -> String? { keyResult.owner ?? owner }

    private enum CodingKeys: String, CodingKey { case id, text, kind, keyResults, nextCycle, learned, owner, parent }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIdentifier(forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        kind = try container.decode(ObjectiveKind.self, forKey: .kind)
        keyResults = try container.decode([KeyResult].self, forKey: .keyResults)
        nextCycle = try container.decodeIfPresent(NextCyclePlan.self, forKey: .nextCycle)
        learned = try container.decodeIfPresent(String.self, forKey: .learned)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        parent = try container.decodeIfPresent(Alignment.self, forKey: .parent)
    }
}

/// Whether an objective must be met in full or is a stretch.
///
/// A committed objective is expected to score 1.0; an aspirational one about 0.7.
public enum ObjectiveKind: String, Codable, CaseIterable, Sendable {
    case committed
    case aspirational
}
