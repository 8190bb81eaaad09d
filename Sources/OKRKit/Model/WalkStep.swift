import Foundation

/// The question a check-in walk (`/checkin`) or a grading walk (`/grade`) is waiting on, saved with the session so a
/// walk resumes where it stopped after Ctrl-D or a crash.
///
/// A walk visits key results (and, when grading, objectives) in the order they were queued; one deleted meanwhile
/// is passed over.
public struct WalkStep: Codable, Equatable, Sendable {
    /// Which walk this is.
    public enum Walk: String, Codable, CaseIterable, Sendable {
        case checkIn = "checkin"
        case grade
    }

    /// What the walk asks.
    public enum Question: String, Codable, CaseIterable, Sendable {
        /// Check-in: where the key result stood at the start (it has no baseline yet).
        case baseline
        /// Check-in: today's value.
        case value
        /// Check-in: confidence, 0 to 10.
        case confidence
        /// Check-in: what will change, or a note.
        case note
        /// Grading: accept the computed score, or give one with a reason.
        case score
        /// Grading: a short look back on a committed key result that was missed.
        case lookBack
        /// Grading: keep, change or drop the objective for the next cycle.
        case plan
        /// Grading: what the team learned.
        case learned
    }

    public var walk: Walk
    public var question: Question
    /// The key result asked about (for an objective's question, `nil`).
    public var keyResultID: UUID?
    /// The objective asked about, for grading's objective questions.
    public var objectiveID: UUID?
    /// What is still to visit after this question's subject: key result ids (a check-in), or objective ids
    /// (grading, which walks each objective's key results, then the objective).
    public var queue: [UUID]

    public init(walk: Walk, question: Question, keyResultID: UUID? = nil, objectiveID: UUID? = nil, queue: [UUID]) {
        self.walk = walk
        self.question = question
        self.keyResultID = keyResultID
        self.objectiveID = objectiveID
        self.queue = queue
    }

    private enum CodingKeys: String, CodingKey {
        case walk, question, keyResultID = "keyResultId", objectiveID = "objectiveId", queue
    }

    /// Whether what the question is about is still in `session`, and the question is one its walk asks: a walk
    /// pointing at something deleted (by hand, in the file) is not resumed.
    public func isAsked(in session: Session) -> Bool {
        // A file edited by hand may pair a question with the wrong walk: such a step is not asked either.
        let checkInQuestions: Set<Question> = [.baseline, .value, .confidence, .note]
        guard checkInQuestions.contains(question) == (walk == .checkIn) else { return false }
        if let keyResultID { return DraftStep.Place.find(keyResult: keyResultID, in: session.objectives) != nil }
        if let objectiveID { return session.objectives.contains { $0.id == objectiveID } }
        return false
    }
}
