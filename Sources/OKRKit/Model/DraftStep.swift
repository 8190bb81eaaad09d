import Foundation

/// The question the coach is waiting on in a guided draft. Saved with the session, so reopening it resumes
/// where the person left off.
///
/// It points at what it is about by id, never by position: an objective or key result that is moved keeps its
/// question, and one that is deleted takes its question with it (`place(in:)` is then `nil`).
public struct DraftStep: Codable, Equatable, Sendable {
    /// What the coach asked.
    public enum Question: String, Codable, CaseIterable, Sendable {
        /// The cycle the set covers.
        case cycle
        /// The team, optional.
        case team
        /// A new objective.
        case objective
        /// Keep or revise the objective just written.
        case reviewObjective
        /// A new key result of `objective`.
        case keyResult
        /// A key result with nothing to measure: what number would show it is happening.
        case measure
        /// A key result that is an activity: what it should change.
        case outcome
        /// Where the key result's metric stands today.
        case baseline
        /// When the key result is due.
        case deadline
        /// How confident the person is, 0 to 10.
        case confidence
        /// Keep or revise the key result just written.
        case reviewKeyResult
        /// Another key result, or move on.
        case moreKeyResults
        /// Which suggested KPIs to watch.
        case kpis
        /// The next objective, or finish.
        case nextObjective
        /// Whether to add free text that reads like an objective or a key result.
        case offer

        /// What the question must point at to be asked.
        var subject: Subject {
            switch self {
            case .cycle, .team, .objective, .nextObjective: .set
            case .reviewObjective, .keyResult, .moreKeyResults, .kpis: .objective
            case .measure, .outcome, .baseline, .deadline, .confidence, .reviewKeyResult: .keyResult
            case .offer: .offeredText
            }
        }

        enum Subject { case set, objective, keyResult, offeredText }
    }

    public var question: Question
    /// The objective the question is about.
    public var objectiveID: UUID?
    /// The key result the question is about; its objective is wherever it is now.
    public var keyResultID: UUID?
    /// For `.kpis`: the KPIs offered, in the order they were numbered.
    public var kpiChoices: [KPIChoice]?
    /// For `.offer`: the text offered, as a key result of `objectiveID`, or as a new objective when that is `nil`.
    public var offered: String?

    /// A question about the whole set, or about the objective or key result with the given id.
    public init(
        _ question: Question, objective: UUID? = nil, keyResult: UUID? = nil, kpiChoices: [KPIChoice]? = nil,
        offered: String? = nil
    ) {
        self.question = question
        objectiveID = objective
        keyResultID = keyResult
        self.kpiChoices = kpiChoices
        self.offered = offered
    }

    private enum CodingKeys: String, CodingKey {
        case question, objectiveID = "objectiveId", keyResultID = "keyResultId", kpiChoices, offered
    }

    /// Where the question points now, by position; `nil` when what it is about no longer exists (or a file
    /// gave it nothing to point at).
    public func place(in objectives: [Objective]) -> Place? {
        switch question.subject {
        case .set:
            return Place(objective: nil, keyResult: nil)
        case .objective:
            guard let id = objectiveID, let o = objectives.firstIndex(where: { $0.id == id }) else { return nil }
            // KPIs to choose from, with none offered (a file can say so), is no question.
            if question == .kpis, kpiChoices?.isEmpty ?? true { return nil }
            return Place(objective: o, keyResult: nil)
        case .keyResult:
            guard let id = keyResultID, let (o, k) = Place.find(keyResult: id, in: objectives) else { return nil }
            return Place(objective: o, keyResult: k)
        case .offeredText:
            guard offered != nil else { return nil }
            guard let id = objectiveID else { return Place(objective: nil, keyResult: nil) }
            return objectives.firstIndex { $0.id == id }.map { Place(objective: $0, keyResult: nil) }
        }
    }

    /// Positions in a set at the moment a question is answered.
    public struct Place: Equatable, Sendable {
        /// The objective's index, for questions about an objective or one of its key results.
        public var objective: Int?
        /// The key result's index within `objective`, for questions about a key result.
        public var keyResult: Int?

        /// The objective and index of the key result with `id`, wherever it is.
        public static func find(keyResult id: UUID, in objectives: [Objective]) -> (Int, Int)? {
            for (o, objective) in objectives.enumerated() {
                if let k = objective.keyResults.firstIndex(where: { $0.id == id }) { return (o, k) }
            }
            return nil
        }
    }
}

/// A KPI offered to watch beside a key result, waiting for the person to pick it by number.
public struct KPIChoice: Codable, Equatable, Sendable {
    /// The key result it would watch over.
    public var keyResultID: UUID
    /// The catalog id of the KPI.
    public var kpi: String

    public init(keyResult: UUID, kpi: String) {
        keyResultID = keyResult
        self.kpi = kpi
    }

    private enum CodingKeys: String, CodingKey { case keyResultID = "keyResultId", kpi }
}
