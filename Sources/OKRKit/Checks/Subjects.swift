/// A key result as the rules see it: its text, what the reader understood, and where it sits.
public struct KeyResultSubject: Sendable {
    public var keyResult: KeyResult
    /// The reading, with the key result's stored confidence filled in when the sentence states none.
    public var reading: Reading
    /// The sentence split into lower-cased words.
    public var words: WordList
    /// The measures the sentence states (not its deadline, dates or confidence): "15%", "$40k", "12 interviews".
    /// Scanned only when the reading found no number, or may have missed a "from" baseline: empty otherwise.
    var measures: [Quantity]
    public var objective: ObjectiveSubject
    /// The cycle of the set, if known; it bounds key results without their own deadline.
    public var cycle: Cycle?
    /// Whether the sentence holds a level ("keep churn below 2%"), worked out once for the rules that ask.
    var holdsLevel = false
    /// The word that makes the sentence an activity ("launch", "interviews"), worked out once.
    var activity: String?

    /// The sentence as written.
    public var text: String { keyResult.text }
    /// The kind of the objective the key result belongs to.
    public var kind: ObjectiveKind { objective.objective.kind }
}

/// An objective as the rules see it.
public struct ObjectiveSubject: Sendable {
    public var objective: Objective
    /// The objective's text split into lower-cased words.
    public var words: WordList
    /// The concepts the objective names, for relating key results to it.
    let concepts: ConceptProfile

    /// Prepares an objective for the rules.
    public init(_ objective: Objective) {
        self.objective = objective
        self.words = WordList(objective.text)
        self.concepts = ConceptProfile(words)
    }

    /// The objective as written.
    public var text: String { objective.text }
}

/// The whole set as the rules see it.
public struct SetSubject: Sendable {
    public var objectives: [Objective]
    public var cycle: Cycle?
}
