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
        scanner = QuantityScanner(tokens: tokens, scalars: lexer.scalars)
        let confidence = ConfidenceFinder(tokens: tokens).find()
        self.confidence = confidence
        var found = scanner.scan(skip: confidence?.range)
        var kinds: [Int: (kind: Quantity.Kind, end: Int, seconds: Double?)] = [:]
        for f in found { kinds[f.range.lowerBound] = (f.quantity.kind, f.range.upperBound, f.quantity.seconds) }
        let phrases = DeadlineFinder(tokens: tokens, kinds: kinds, skip: confidence?.range).find()
        let deadline = DeadlineFinder.deadline(in: phrases)
        self.deadline = deadline
        conditions = phrases.filter { $0.isCondition }
        let dated = phrases.filter { !$0.isCondition }
        for k in found.indices where dated.contains(where: { $0.range.contains(found[k].range.lowerBound) }) {
            if found[k].quantity.kind != .year {
                found[k].quantity.kind = .date
            }
        }
        quantities = found
    }

    /// The original text of a token range.
    func text(_ range: Range<Int>) -> String { scanner.text(range) }

    /// Whether token `i` belongs to the confidence statement or the deadline.
    func isAside(_ i: Int) -> Bool {
        (confidence?.range.contains(i) ?? false) || (deadline?.range.contains(i) ?? false)
    }
}
