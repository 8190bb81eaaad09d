/// One piece of a sentence as the lexer sees it: a word, a number or a symbol.
struct Token: Sendable {
    /// What the piece is.
    enum Kind: Sendable, Equatable {
        /// Letters, possibly with digits, inner hyphens and apostrophes: "week-one", "Q3", "p95".
        case word
        /// Digits with separators, already valued: "100,000" is 100000.
        case number
        /// Any other single character, or a two-character arrow or comparison folded into one: "→", "≥".
        case symbol
    }

    var kind: Kind
    /// Where the token starts in the sentence's unicode scalars.
    var start: Int
    /// Where it ends (exclusive).
    var end: Int
    /// Words lowercased, symbols as folded ("->" is "→"), numbers as written.
    var text: String
    /// The value of a number token; 0 for other tokens.
    var value: Double = 0
    /// For "1.500", the value if the dot was a decimal point rather than a thousands separator.
    var decimalReading: Double?
    /// Whether the number was written with thousands separators or decimals ("2,000", "1.5"): not a year.
    var hasSeparators = false
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore = true
    /// For a word, the vocabularies it belongs to.
    var classes: WordClass = []

    /// Whether this is the word `w` (lowercase).
    @inline(__always) func isWord(_ w: String) -> Bool { kind == .word && text == w }
    /// Whether this is the symbol `s`.
    @inline(__always) func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
}
