/// An objective as the rules see it.
public struct ObjectiveSubject: Sendable {
    public var objective: Objective
    /// The part of the objective's text that is read (`ReadingLimit`), split into lower-cased words.
    public var words: WordList
    /// The concepts the objective names, for relating key results to it.
    let concepts: ConceptProfile
    /// The text of what the objective aligns to in another set (its parent objective, or the parent key result with
    /// its objective), when the link is known; `nil` for an objective that aligns to nothing.
    public var parent: String?

    /// Prepares an objective for the rules; `parent` is the text of what it aligns to, if anything.
    public init(_ objective: Objective, parent: String? = nil) {
        self.objective = objective
        self.words = WordList(String(ReadingLimit.readable(objective.text)))
        self.concepts = ConceptProfile(words)
        self.parent = parent
    }

    /// The objective as written.
    public var text: String { objective.text }
}
