import Foundation

/// A link from a team objective to the company objective, or one of its key results, that it supports.
///
/// Stored by id, so renaming either session or reordering either set keeps it; the parent session's name is kept
/// too, to find the session when it is not among those loaded and to say which one is missing.
public struct Alignment: Codable, Equatable, Sendable {
    /// The id of the session the parent belongs to.
    public var sessionID: UUID
    /// That session's name when the link was made.
    public var sessionName: String
    /// The parent objective, or the objective of the parent key result.
    public var objectiveID: UUID
    /// The parent key result, when the link points at one.
    public var keyResultID: UUID?

    public init(sessionID: UUID, sessionName: String, objectiveID: UUID, keyResultID: UUID? = nil) {
        self.sessionID = sessionID
        self.sessionName = sessionName
        self.objectiveID = objectiveID
        self.keyResultID = keyResultID
    }

    private enum CodingKeys: String, CodingKey {
        case sessionID = "sessionId", sessionName, objectiveID = "objectiveId", keyResultID = "keyResultId"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sessionID = try container.decodeIdentifier(forKey: .sessionID)
        sessionName = try container.decode(String.self, forKey: .sessionName)
        objectiveID = try container.decodeIdentifier(forKey: .objectiveID)
        keyResultID = try container.decodeIfPresent(String.self, forKey: .keyResultID).map { text in
            guard let id = Identifier.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .keyResultID, in: container, debugDescription: "Attempted to decode UUID from invalid UUID string.")
            }
            return id
        }
    }

    /// Whether linking the objective `child` (of the session with id `sessionID`) to this parent would make a loop:
    /// the parent is that objective, or aligns to it through its own parents. `objective` finds the objective a link
    /// points into (`nil` when it is missing, which ends the chain).
    public func wouldLoop(objective child: UUID, session sessionID: UUID, finding objective: (Alignment) -> Objective?) -> Bool {
        var current: Alignment? = self
        var seen: Set<UUID> = []
        while let step = current {
            if step.objectiveID == child, step.sessionID == sessionID { return true }
            // A loop already in the files (edited by hand) ends the walk instead of running forever.
            guard seen.insert(step.objectiveID).inserted else { return false }
            current = objective(step)?.parent
        }
        return false
    }
}
