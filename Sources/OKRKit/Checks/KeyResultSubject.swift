/// A key result as the rules see it: its text, what the reader understood, and where it sits.
public struct KeyResultSubject: Sendable {
    public var keyResult: KeyResult
    /// The reading, with the key result's stored confidence filled in when the sentence states none.
    public var reading: Reading
    /// The part of the sentence that is read (`ReadingLimit`), split into lower-cased words.
    public var words: WordList
    /// The measures the sentence states (not its deadline, dates or confidence): "15%", "$40k", "12 interviews".
    /// Gathered only when the reading found no number, or may have missed a "from" baseline: empty otherwise.
    var measures: [Quantity]
    public var objective: ObjectiveSubject
    /// The cycle of the set, if known; it bounds key results without their own deadline.
    public var cycle: Cycle?
    /// Whether its words are English (`SentenceLanguage`) and whether it stops before its sense does.
    var language: (isEnglish: Bool, isFragment: Bool)
    /// Whether the sentence holds a level ("keep churn below 2%"), worked out once for the rules that ask.
    var holdsLevel = false
    /// The word that makes the sentence an activity ("launch", "interviews"), worked out once.
    var activity: String?
    /// How far the key result moves its metric, for the stretch rules; `nil` when no size can be told.
    var move: Move?

    /// The sentence as written.
    public var text: String { keyResult.text }
    /// The kind of the objective the key result belongs to.
    public var kind: ObjectiveKind { objective.objective.kind }
}

extension KeyResultSubject {
    /// Reads a key result and gathers what the rules need about it.
    init(_ keyResult: KeyResult, objective: ObjectiveSubject, cycle: Cycle?) {
        self.init(KeyResultSubject.read(keyResult), objective: objective, cycle: cycle)
    }

    /// A key result's sentence analysed and read, with its stored confidence filled in when the sentence states
    /// none: the first half of gathering a subject, so a caller can judge the reading before paying for the rest.
    static func read(_ keyResult: KeyResult) -> ReadKeyResult {
        let analysis = SentenceAnalysis(keyResult.text)
        var reading = KeyResultReader.read(analysis)
        if let stated = keyResult.confidence { reading.confidence = stated }
        return ReadKeyResult(keyResult: keyResult, analysis: analysis, reading: reading)
    }

    /// Gathers what the rules need about a key result already read (`read(_:)`).
    init(_ read: ReadKeyResult, objective: ObjectiveSubject, cycle: Cycle?) {
        let keyResult = read.keyResult, analysis = read.analysis, reading = read.reading
        self.keyResult = keyResult
        self.reading = reading
        let words = analysis.words
        self.words = words
        self.language = SentenceLanguage.judge(analysis.lexedTokens, isASCII: analysis.scanner.lexer.isASCII)
        let statesNumbers = reading.target != nil || reading.baseline != nil || reading.change != nil
        let mayHaveMissedBaseline = reading.baseline == nil && words.contains("from")
        self.measures = statesNumbers && !mayHaveMissedBaseline ? [] : KeyResultSubject.measures(in: analysis, reading: reading)
        self.objective = objective
        self.cycle = cycle
        self.holdsLevel = KeyResultHealthMetricRule.holdsLevel(self)
        self.activity = holdsLevel ? nil : KeyResultActivityRule.activity(in: self)
        self.move = Move(self)
    }

    /// The quantities that state a measure, leaving out those inside the deadline phrase ("within 90 days").
    private static func measures(in analysis: SentenceAnalysis, reading: Reading) -> [Quantity] {
        let deadline = reading.deadline?.lowercased() ?? ""
        return analysis.quantities.lazy.map(\.quantity).filter { quantity in
            quantity.isMeasure && (deadline.isEmpty || !deadline.contains(quantity.text.lowercased()))
        }
    }
}

/// A key result's sentence analysed and read, before the rest of its `KeyResultSubject` is gathered.
struct ReadKeyResult {
    let keyResult: KeyResult
    let analysis: SentenceAnalysis
    let reading: Reading
}
