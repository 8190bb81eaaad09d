/// One sentence lexed once, with its confidence, amounts and time phrases located: what both the reader and
/// `KeyResultReader.quantities(in:)` work from.
struct SentenceAnalysis {
    let tokens: [Token]
    /// The tokens as the lexer made them, before `ForeignConnectives` took "von" for "from": what the sentence's
    /// language is judged by and its words are split from, as written.
    let lexedTokens: [Token]
    let scanner: QuantityScanner
    /// The stated confidence (0...10) and its tokens.
    let confidence: (value: Double, range: Range<Int>)?
    /// Amounts outside the confidence statement; those inside a deadline are years or dates.
    let quantities: [FoundQuantity]
    /// The deadline, if any.
    let deadline: TimePhrase?
    /// Service levels and other time phrases that are not the deadline.
    let conditions: [TimePhrase]
    /// A move between cadences in words ("from weekly to daily"), if any.
    let frequencySpan: FrequencySpan?

    init(_ text: String) {
        let lexer = Lexer(text)
        let lexedTokens = lexer.tokens()
        self.lexedTokens = lexedTokens
        let tokens = ForeignConnectives.translated(lexedTokens)
        self.tokens = tokens
        scanner = QuantityScanner(tokens: tokens, lexer: lexer)
        let confidence = ConfidenceFinder(tokens: tokens).find()
        self.confidence = confidence
        var found = scanner.scan(skip: confidence?.range)
        Self.settleMinutes(&found, tokens: tokens)
        var kinds = [DeadlineFinder.Amount?](repeating: nil, count: tokens.count + 1)
        for f in found {
            kinds[f.range.lowerBound] = DeadlineFinder.Amount(kind: f.quantity.kind, end: f.range.upperBound, seconds: f.quantity.seconds)
        }
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
        frequencySpan = FrequencySpan.find(in: tokens)
        inCondition = conditional
        bodyStart = Self.bodyStart(of: tokens)
        let firstNumber = tokens.firstIndex { $0.kind == .number }
        self.firstNumber = firstNumber
        sideClauseStart = tokens.indices.first { Self.startsSideClause(at: $0, tokens, firstNumber: firstNumber) } ?? tokens.count
    }

    /// The sentence's words (`WordList`), split from the tokens it was lexed into rather than read again.
    var words: WordList { WordList(WordSplit(lexer: scanner.lexer, tokens: lexedTokens)) }

    /// The first number token, if any.
    private let firstNumber: Int?

    /// Whether a side clause starts at token `i`: "while keeping latency under 200ms", "and keep churn flat". A
    /// "without" before every number belongs to the metric instead: "the share of laptops without disk encryption
    /// from 9% to 0%".
    func startsSideClause(at i: Int) -> Bool { Self.startsSideClause(at: i, tokens, firstNumber: firstNumber) }

    private static func startsSideClause(at i: Int, _ tokens: [Token], firstNumber: Int?) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if tokens[i].text == "and" { return i + 1 < tokens.count && Vocabulary.maintain.contains(tokens[i + 1].text) }
        guard tokens[i].classes.contains(.clause) else { return false }
        if tokens[i].text == "without", let firstNumber, firstNumber > i { return false }
        return true
    }

    /// "Cut build time from 45m to 30m": a lowercase "m" means minutes beside another duration or a word of time.
    private static func settleMinutes(_ found: inout [FoundQuantity], tokens: [Token]) {
        guard found.contains(where: { $0.minutesOrMillions }) else { return }
        let timely = found.contains { $0.quantity.kind == .duration }
            || tokens.contains { $0.kind == .word && Vocabulary.timeWords.contains($0.text) }
        guard timely else { return }
        for k in found.indices where found[k].minutesOrMillions {
            found[k].quantity.kind = .duration
            found[k].quantity.unit = "minutes"
            found[k].quantity.value = found[k].unscaledValue
            found[k].scale = nil
        }
    }

    /// Whether each token belongs to a service level such as "within 24 hours".
    private let inCondition: [Bool]

    /// Whether a quantity qualifies each case ("within 24 hours") rather than measuring the result.
    func isCondition(_ q: FoundQuantity) -> Bool { inCondition[q.range.lowerBound] }

    /// Where the sentence proper starts, after a list label such as "KR1:", "1.", "2)" or a bullet.
    private(set) var bodyStart = 0
    /// Where a side clause starts ("while keeping latency under 200ms", "and keep churn flat"); the end if none.
    private(set) var sideClauseStart = 0

    private static func bodyStart(of tokens: [Token]) -> Int {
        var i = 0
        // Symbols are matched by `switch`, which compares in place; an array literal is built on every call.
        if i < tokens.count, tokens[i].kind == .symbol {
            switch tokens[i].text {
            case "-", "*", "•", "+", "·", "–": i += 1
            default: break
            }
        }
        if i + 1 < tokens.count, tokens[i].kind == .number, tokens[i].value < 100, tokens[i + 1].kind == .symbol,
            endsNumber(tokens[i + 1].text), i + 2 < tokens.count, tokens[i + 2].kind == .word
        {
            return i + 2
        }
        if i < tokens.count, tokens[i].kind == .word, Self.isLabel(tokens[i].text) {
            var j = i + 1
            if j < tokens.count, tokens[j].kind == .number { j += 1 }
            if j < tokens.count, tokens[j].kind == .symbol, endsLabel(tokens[j].text) { return j + 1 }
        }
        return i
    }

    /// Whether a symbol ends a list number ("1.", "2)", "3:").
    private static func endsNumber(_ symbol: String) -> Bool {
        switch symbol {
        case ".", ")", ":": true
        default: false
        }
    }

    /// Whether a symbol ends a list label ("KR1:", "O2.", "KR-").
    private static func endsLabel(_ symbol: String) -> Bool {
        switch symbol {
        case ":", ".", ")", "-": true
        default: false
        }
    }

    /// "kr", "kr1", "o2", "okr3": the label of a list item.
    static func isLabel(_ word: String) -> Bool {
        // Every label starts with "k" or "o": other words are told by their first byte.
        guard let first = word.utf8.first, first == UInt8(ascii: "k") || first == UInt8(ascii: "o") else { return false }
        let bytes = word.utf8
        let letters = bytes.prefix { $0 >= 97 && $0 <= 122 }
        guard bytes[letters.endIndex...].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        switch String(decoding: letters, as: UTF8.self) {
        case "kr", "o", "okr", "obj": return true
        default: return false
        }
    }

    /// The original text of a token range.
    func text(_ range: Range<Int>) -> String { scanner.text(range) }

    /// Whether token `i` belongs to the confidence statement or the deadline.
    func isAside(_ i: Int) -> Bool {
        (confidence?.range.contains(i) ?? false) || (deadline?.range.contains(i) ?? false)
    }
}
