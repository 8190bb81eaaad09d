/// An objective as the rules see it.
public struct ObjectiveSubject: Sendable {
    public var objective: Objective
    /// The part of the objective's text that is read (`ReadingLimit`), split into lower-cased words.
    public var words: WordList
    /// The concepts the objective names, for relating key results to it.
    let concepts: ConceptProfile

    /// Prepares an objective for the rules.
    public init(_ objective: Objective) {
        self.objective = objective
        self.words = WordList(String(ReadingLimit.readable(objective.text)))
        self.concepts = ConceptProfile(words)
    }

    /// The objective as written.
    public var text: String { objective.text }
}
