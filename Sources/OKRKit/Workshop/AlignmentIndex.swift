import Foundation

/// Sessions side by side, to follow alignment links between them: what a link points at, what supports an
/// objective, and whether a new link would close a loop.
public struct AlignmentIndex: Sendable {
    /// The sessions, in the order given.
    public let sessions: [Session]
    /// Each session id's first place in `sessions` (a copied file shares its original's id; the first one wins).
    private let byID: [UUID: Int]
    /// Objectives that align to each objective (by the parent objective's id), in session and set order.
    private let childrenByObjective: [UUID: [Place]]

    /// Where an objective, or one of its key results, is: indexes into `sessions` and their sets.
    public struct Place: Equatable, Sendable {
        public var session: Int
        public var objective: Int
        public var keyResult: Int?

        public init(session: Int, objective: Int, keyResult: Int? = nil) {
            self.session = session
            self.objective = objective
            self.keyResult = keyResult
        }
    }

    public init(_ sessions: [Session]) {
        self.sessions = sessions
        var byID: [UUID: Int] = [:]
        for (index, session) in sessions.enumerated() where byID[session.id] == nil { byID[session.id] = index }
        self.byID = byID
        var children: [UUID: [Place]] = [:]
        for (s, session) in sessions.enumerated() {
            for (o, objective) in session.objectives.enumerated() {
                if let link = objective.parent { children[link.objectiveID, default: []].append(Place(session: s, objective: o)) }
            }
        }
        childrenByObjective = children
    }

    /// The index of the session with this id, if it is among those loaded.
    public func session(id: UUID) -> Int? { byID[id] }

    /// Where a link points, or `nil` when its session, objective or key result is not there ("parent missing").
    public func place(of link: Alignment) -> Place? {
        guard let s = byID[link.sessionID],
            let o = sessions[s].objectives.firstIndex(where: { $0.id == link.objectiveID })
        else { return nil }
        guard let keyResultID = link.keyResultID else { return Place(session: s, objective: o) }
        guard let k = sessions[s].objectives[o].keyResults.firstIndex(where: { $0.id == keyResultID }) else { return nil }
        return Place(session: s, objective: o, keyResult: k)
    }

    /// The links of a session's aligned objectives, by objective id, resolved among these sessions.
    public func parents(of session: Session) -> [UUID: ParentLink] {
        ParentLink.all(of: session) { link in byID[link.sessionID].map { sessions[$0] } }
    }

    /// The objectives that align to the objective at `place` or to one of its key results.
    public func children(of place: Place) -> [Place] {
        let objective = sessions[place.session].objectives[place.objective]
        return (childrenByObjective[objective.id] ?? []).filter { child in
            // A link names its session too: an objective id that appears in two sessions is two objectives.
            sessions[child.session].objectives[child.objective].parent.map { byID[$0.sessionID] == place.session } ?? false
        }
    }

    /// Whether linking the objective `child` (of the session with id `sessionID`) to `link` would make a loop.
    public func wouldLoop(objective child: UUID, session sessionID: UUID, to link: Alignment) -> Bool {
        link.wouldLoop(objective: child, session: sessionID) { step in
            place(of: step).map { sessions[$0.session].objectives[$0.objective] }
        }
    }
}
