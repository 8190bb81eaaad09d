/// One sentence lexed once, with its confidence, amounts and time phrases located: what both the reader and
/// `KeyResultReader.quantities(in:)` work from.
struct SentenceAnalysis {
    let tokens: [Token]
    let scanner: QuantityScanner
    /// The stated confidence (0...10) and its tokens.
    let confidence: (value: Double, range: Range<Int>)?
    /// Amounts outside the confidence statement; those inside a deadline are years or dates.
    let quantities: [FoundQuantity]
    /// The deadline, if any.
    let deadline: TimePhrase?
    /// Service levels and other time phrases that are not the deadline.
    let conditions: [TimePhrase]

    init(_ text: String) {
        let lexer = Lexer(text)
        let tokens = lexer.tokens()
        self.tokens = tokens
        scanner = QuantityScanner(tokens: tokens, lexer: lexer)
        let confidence = ConfidenceFinder(tokens: tokens).find()
        self.confidence = confidence
        var found = scanner.scan(skip: confidence?.range)
        var kinds = [DeadlineFinder.Amount?](repeating: nil, count: tokens.count + 1)
        for f in found { kinds[f.range.lowerBound] = DeadlineFinder.Amount(kind: f.quantity.kind, end: f.range.upperBound, seconds: f.quantity.seconds) }
        let phrases = DeadlineFinder(tokens: tokens, amounts: kinds, skip: confidence?.range).find()
        let deadline = DeadlineFinder.deadline(in: phrases)
        self.deadline = deadline
        conditions = phrases.filter { $0.isCondition }
        var dated = [Bool](repeating: false, count: tokens.count)
        var conditional = [Bool](repeating: false, count: tokens.count)
        for phrase in phrases {
            for i in phrase.range { if phrase.isCondition { conditional[i] = true } else { dated[i] = true } }
        }
        for k in found.indices where dated[found[k].range.lowerBound] && found[k].quantity.kind != .year {
            found[k].quantity.kind = .date
        }
        quantities = found
        inCondition = conditional
    }

    /// Whether each token belongs to a service level such as "within 24 hours".
    private let inCondition: [Bool]

    /// Whether a quantity qualifies each case ("within 24 hours") rather than measuring the result.
    func isCondition(_ q: FoundQuantity) -> Bool { inCondition[q.range.lowerBound] }

    /// The original text of a token range.
    func text(_ range: Range<Int>) -> String { scanner.text(range) }

    /// Whether token `i` belongs to the confidence statement or the deadline.
    func isAside(_ i: Int) -> Bool {
        (confidence?.range.contains(i) ?? false) || (deadline?.range.contains(i) ?? false)
    }
}
