/// The small words that join numbers and dates in a few other languages, read as their English counterparts so
/// that the reader finds the amounts of "Steigerung des NPS von 32 auf 50 bis Q3" (from 32 to 50, by Q3) or
/// "NPSを35%から55%に" (35% to 55%). Only the numbers and dates are read this way: okr-coach reads English words
/// only (`SentenceLanguage`), so the verb and the metric of such a sentence stay unread.
enum ForeignConnectives {
    /// The tokens with each connective beside a number or a date taken as the English word it stands for.
    static func translated(_ tokens: [Token]) -> [Token] {
        // The lexer marks each connective (`WordClass.foreignConnective`): most sentences hold none.
        guard tokens.contains(where: isConnective) else { return tokens }
        var tokens = tokens
        for i in tokens.indices where isConnective(tokens[i]) {
            guard var meaning = words[tokens[i].text], joinsAmounts(at: i, in: tokens) else { continue }
            // "von 32 bis 50" joins two numbers; "bis Q3" dates.
            if meaning == "by", isAmount(before: i, in: tokens), i + 1 < tokens.count, tokens[i + 1].kind == .number {
                meaning = "to"
            }
            tokens[i].text = meaning
            tokens[i].classes = WordClass.of(meaning)
        }
        return tokens
    }

    /// Whether a token is one of the connectives.
    private static func isConnective(_ token: Token) -> Bool {
        token.kind == .word && token.classes.contains(.foreignConnective)
    }

    /// Whether the word at `i` stands beside an amount: a number or a quarter ("Q3") after it, or a number or a
    /// unit ("%") right before it.
    private static func joinsAmounts(at i: Int, in tokens: [Token]) -> Bool {
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if let next, next.kind == .number || isQuarter(next) { return true }
        return isAmount(before: i, in: tokens)
    }

    /// Whether a number or a percent sign ends right before token `i`.
    private static func isAmount(before i: Int, in tokens: [Token]) -> Bool {
        i > 0 && (tokens[i - 1].kind == .number || tokens[i - 1].isSymbol("%"))
    }

    /// "q3", "h2": a part of a year named by a letter and a digit.
    private static func isQuarter(_ token: Token) -> Bool {
        token.kind == .word && token.text.count == 2 && (token.text.first == "q" || token.text.first == "h")
            && token.text.last?.isNumber == true
    }

    /// Connectives of German, French, Spanish and Japanese, to the English word that does their work.
    static let words: WordTable<String> = [
        "von": "from", "auf": "to", "bis": "by", "zum": "by", "de": "from", "à": "to", "d'ici": "by",
        "hasta": "by", "para": "by", "から": "to",
    ]
}
