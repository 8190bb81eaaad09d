import Foundation

/// One person's or team's OKR set for a cycle: what is saved to `sessions/NAME.json`.
public struct Session: Codable, Equatable, Sendable {
    /// The version of the file format this build writes; files with a higher version are refused.
    /// Version 2: the pending question (`draft`) points at objectives and key results by id, not position.
    /// Version 3: key results keep check-ins, a set measure, a given score and a look back; objectives a plan for
    /// the next cycle and what was learned.
    /// Version 4: objectives and key results may name an owner; an objective may align to another session's.
    public static let currentSchemaVersion = 4

    public var schemaVersion: Int
    public var id: UUID
    public var name: String
    public var createdAt: Date
    public var updatedAt: Date
    /// The team the set belongs to, if any.
    public var team: String?
    /// The period the set covers; key results without their own deadline are bound by it.
    public var cycle: Cycle?
    public var objectives: [Objective]
    /// The question a guided draft is waiting on; `nil` when none is pending.
    public var draft: DraftStep?
    /// The question a check-in or grading walk is waiting on; `nil` when none is under way.
    public var walk: WalkStep?

    public init(
        id: UUID = Identifier.make(), name: String, createdAt: Date, team: String? = nil, cycle: Cycle? = nil,
        objectives: [Objective] = []
    ) {
        self.schemaVersion = Session.currentSchemaVersion
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.team = team
        self.cycle = cycle
        self.objectives = objectives
    }

    /// The number of key results across all objectives.
    public var keyResultCount: Int { objectives.reduce(0) { $0 + $1.keyResults.count } }
}
