/// The question the coach is waiting on in a guided draft. Saved with the session, so reopening it resumes
/// where the person left off.
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
    }

    public var question: Question
    /// The objective the question is about (zero-based).
    public var objective: Int?
    /// The key result the question is about (zero-based, within `objective`).
    public var keyResult: Int?
    /// For `.kpis`: the offered choices as "keyResultIndex:kpiId"; for `.offer`: the text offered.
    public var choices: [String]?

    public init(_ question: Question, objective: Int? = nil, keyResult: Int? = nil, choices: [String]? = nil) {
        self.question = question
        self.objective = objective
        self.keyResult = keyResult
        self.choices = choices
    }

    /// Whether the question can still be asked of `objectives`: the objective and key result it is about exist (or,
    /// for a new one, would come just after the last). Deleting or moving items, or editing a file by hand, can
    /// leave a saved question pointing at nothing.
    public func fits(_ objectives: [Objective]) -> Bool {
        let existing = objective.flatMap { objectives.indices.contains($0) ? objectives[$0] : nil }
        switch question {
        case .cycle, .team:
            return true
        case .objective, .nextObjective:
            return objective.map { (0...objectives.count).contains($0) } ?? true
        case .reviewObjective, .keyResult, .moreKeyResults, .kpis:
            return existing != nil
        case .baseline, .deadline, .confidence, .reviewKeyResult:
            guard let existing, let keyResult else { return false }
            return existing.keyResults.indices.contains(keyResult)
        case .offer:
            guard let keyResult else { return objective.map { (0...objectives.count).contains($0) } ?? true }
            guard let existing else { return false }
            return (0...existing.keyResults.count).contains(keyResult)
        }
    }
}
