/// The alignment of sessions side by side as a tree: the company objectives with the objectives that support them
/// (and theirs, level by level), the team objectives that align to nothing, and those whose parent is missing.
///
/// A *company* session is one that another session's objective aligns to while none of its own objectives aligns
/// to anything; every other session is a team's. An *orphan* is a team session's objective without a parent; a
/// parent is *missing* when the objective or key result a link names is not among the sessions.
public struct AlignmentTree: Equatable, Sendable {
    /// An objective with the objectives that align to it (or to one of its key results).
    public struct Node: Equatable, Sendable {
        /// Where the objective is (`keyResult` is `nil`).
        public var place: AlignmentIndex.Place
        /// The parent's key result this objective supports, when its link names one.
        public var throughKeyResult: Int?
        /// The objectives that align to this one, in session and set order.
        public var children: [Node]
    }

    /// A company session's objectives, each with what supports it.
    public struct Company: Equatable, Sendable {
        /// The index of the session in the index's sessions.
        public var session: Int
        public var objectives: [Node]
    }

    /// The company sessions, in the order given.
    public var companies: [Company]
    /// Team objectives that align to nothing, with what aligns to them.
    public var orphans: [Node]
    /// Team objectives whose parent is not among the sessions, with what aligns to them.
    public var parentMissing: [Node]

    /// Builds the tree of the sessions in `index`.
    public init(_ index: AlignmentIndex) {
        let sessions = index.sessions
        let supported = Set(sessions.indices.filter { s in
            sessions[s].objectives.indices.contains {
                !index.children(of: AlignmentIndex.Place(session: s, objective: $0)).isEmpty
            }
        })
        let companySessions = sessions.indices.filter { s in
            supported.contains(s) && sessions[s].objectives.allSatisfy { $0.parent == nil }
        }
        var visited: Set<Int> = []
        let offsets = Self.offsets(of: sessions)
        func node(_ place: AlignmentIndex.Place, through keyResult: Int?) -> Node {
            // Links never loop (`wouldLoop` refuses them), but a file edited by hand might: each objective once.
            visited.insert(offsets[place.session] + place.objective)
            let children = index.children(of: place).filter { !visited.contains(offsets[$0.session] + $0.objective) }
                .map { child in
                    let link = sessions[child.session].objectives[child.objective].parent
                    return node(child, through: link.flatMap { index.place(of: $0)?.keyResult })
                }
            return Node(place: place, throughKeyResult: keyResult, children: children)
        }
        companies = companySessions.map { s in
            Company(session: s, objectives: sessions[s].objectives.indices.map {
                node(AlignmentIndex.Place(session: s, objective: $0), through: nil)
            })
        }
        var orphans: [Node] = [], missing: [Node] = []
        let companySet = Set(companySessions)
        for (s, session) in sessions.enumerated() where !companySet.contains(s) {
            for (o, objective) in session.objectives.enumerated() {
                let place = AlignmentIndex.Place(session: s, objective: o)
                guard let link = objective.parent else {
                    orphans.append(node(place, through: nil))
                    continue
                }
                if index.place(of: link) == nil { missing.append(node(place, through: nil)) }
            }
        }
        self.orphans = orphans
        parentMissing = missing
    }

    /// The company objectives nothing aligns to.
    public var unsupported: [AlignmentIndex.Place] {
        companies.flatMap { $0.objectives.filter(\.children.isEmpty).map(\.place) }
    }

    /// Whether the session at this index is a company session.
    public func isCompany(_ session: Int) -> Bool { companies.contains { $0.session == session } }

    /// Each session's first objective's number when all objectives are numbered in a row: a key for an objective.
    private static func offsets(of sessions: [Session]) -> [Int] {
        var offsets: [Int] = [], total = 0
        for session in sessions {
            offsets.append(total)
            total += session.objectives.count
        }
        return offsets
    }
}
