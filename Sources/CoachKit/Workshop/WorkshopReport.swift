import Foundation
import OKRKit

/// The combined report of a workshop's sessions: the alignment tree, a summary per team, the weakest key results,
/// and once teams check in, what is at risk, who has not checked in this week and the score bands at the cycle's
/// end. What `okr-coach report` and the coach's `/report` show; the definitions are the README's "The combined
/// report".
public struct WorkshopReport: Sendable {
    /// The day the figures are for.
    public var today: CalendarDay
    /// The cycle label the sessions were chosen by (`--cycle`), if any.
    public var cycle: String?
    /// One entry per session read (and kept by the cycle), in the order given.
    public var teams: [WorkshopTeam]
    /// The files that could not be read, with why.
    public var unreadable: [Unreadable]
    /// Company objectives with what supports them, orphans, and objectives whose parent is missing.
    public var tree: AlignmentTree
    /// The key results with errors or warnings, most errors first, then most warnings; at most `weakestShown`.
    public var weakest: [KeyResultPlace]
    /// Key results at risk, then behind (sessions with check-ins only).
    public var atRisk: [KeyResultPlace]
    /// Key results due a check-in (the last is 7 or more days old, or there is none), in sessions that have any.
    public var notCheckedIn: [KeyResultPlace]
    /// The sessions side by side, to follow their alignment links.
    public let index: AlignmentIndex

    /// How many of the weakest key results the report names.
    public static let weakestShown = 10

    /// A file that could not be read as a session.
    public struct Unreadable: Equatable, Sendable {
        /// The file, as it was named.
        public var file: String
        /// Why, in the coach's words.
        public var reason: String

        /// A file that could not be read, and why.
        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    /// A key result of the report: its team, objective and place in the objective.
    public struct KeyResultPlace: Equatable, Sendable {
        /// The index in `teams`.
        public var team: Int
        /// The index of the objective in its set, and of the key result in its objective.
        public var objective: Int, keyResult: Int
    }

    /// The report of `sessions` on `today`; with `cycle`, only the sessions whose cycle has that label (written
    /// any way `Cycle.read` reads it, case aside). Each session is checked and computed on its own, so many are
    /// spread over the cores.
    public init(
        sessions: [Session], unreadable: [Unreadable], today: CalendarDay, cycle: String? = nil, book: PromptBook
    ) {
        self.today = today
        self.cycle = cycle
        self.unreadable = unreadable
        let kept = cycle.map { wanted in sessions.filter { Self.matches($0.cycle, wanted) } } ?? sessions
        let index = AlignmentIndex(kept)
        self.index = index
        var teams = ChunkedMap.map(kept.count) { range in
            var renderer = PromptRenderer(book: book)
            return range.map { WorkshopTeam(kept[$0], today: today, parents: index.parents(of: kept[$0]), renderer: &renderer) }
        }.flatMap { $0 }
        tree = AlignmentTree(index)
        for t in teams.indices {
            let company = tree.isCompany(t)
            for o in teams[t].objectives.indices {
                let parent = teams[t].objectives[o].objective.parent
                teams[t].objectives[o].link =
                    company ? .company
                    : parent.map { link in
                        index.place(of: link).map(WorkshopLink.aligned) ?? .parentMissing(session: link.sessionName)
                    } ?? .orphan
            }
        }
        self.teams = teams
        let places = teams.indices.flatMap { t in
            teams[t].objectives.indices.flatMap { o in
                teams[t].objectives[o].keyResults.indices.map { KeyResultPlace(team: t, objective: o, keyResult: $0) }
            }
        }
        func entry(_ place: KeyResultPlace) -> WorkshopTeam.KeyResultEntry { Self.entry(place, in: teams) }
        weakest = Array(places.lazy
            .map { (place: $0, errors: entry($0).count(.error), warnings: entry($0).count(.warning)) }
            .filter { $0.errors + $0.warnings > 0 }
            .sorted { lhs, rhs in
                if lhs.errors != rhs.errors { return lhs.errors > rhs.errors }
                if lhs.warnings != rhs.warnings { return lhs.warnings > rhs.warnings }
                return Self.order(lhs.place, rhs.place, teams)
            }
            .prefix(Self.weakestShown).map(\.place))
        let tracked = places.filter { teams[$0.team].hasCheckIns }
        atRisk = tracked.filter { entry($0).progress.status == .atRisk }
            + tracked.filter { entry($0).progress.status == .behind }
        notCheckedIn = tracked.filter { entry($0).progress.due }
    }

    /// The key result at `place`.
    public func entry(_ place: KeyResultPlace) -> WorkshopTeam.KeyResultEntry { Self.entry(place, in: teams) }

    private static func entry(_ place: KeyResultPlace, in teams: [WorkshopTeam]) -> WorkshopTeam.KeyResultEntry {
        teams[place.team].objectives[place.objective].keyResults[place.keyResult]
    }

    /// The session's name and the reference ("O1", "O1.KR2") of an objective or key result of the report.
    public func name(of place: AlignmentIndex.Place) -> (session: String, ref: String) {
        let ref = place.keyResult.map { Reference.keyResult(place.objective, $0) } ?? .objective(place.objective)
        return (teams[place.session].session.name, ref.description)
    }

    /// The teams whose score bands show: the cycle has ended, or a key result was graded.
    public var scoredTeams: [Int] { teams.indices.filter { teams[$0].scored } }

    /// Whether any session has a check-in.
    public var hasCheckIns: Bool { teams.contains(where: \.hasCheckIns) }

    /// Whether a session's cycle matches a wanted label: the same label, case aside, or the cycle it reads as.
    static func matches(_ cycle: Cycle?, _ wanted: String) -> Bool {
        guard let cycle else { return false }
        return cycle.label.caseInsensitiveCompare(wanted) == .orderedSame
            || Cycle.read(wanted).map { $0.label == cycle.label } == true
    }

    /// Ties are broken by session name, then by the key result's place in its set.
    private static func order(_ lhs: KeyResultPlace, _ rhs: KeyResultPlace, _ teams: [WorkshopTeam]) -> Bool {
        let left = teams[lhs.team].session.name, right = teams[rhs.team].session.name
        if left != right { return left < right }
        if lhs.team != rhs.team { return lhs.team < rhs.team }
        return (lhs.objective, lhs.keyResult) < (rhs.objective, rhs.keyResult)
    }
}
