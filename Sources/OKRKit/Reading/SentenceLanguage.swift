/// Whether okr-coach can read a sentence's words: it reads numbers, percentages and dates in any language, but
/// only English words, so a verb, a metric or a direction in another language is not understood.
public enum SentenceLanguage {
    /// Whether the words of a text are English as far as the reader can tell: none is written in another script
    /// ("上げる") and it has fewer function words of another language ("des", "von", "auf") than English ones.
    public static func isEnglish(_ text: String) -> Bool {
        isEnglish(words(of: text))
    }

    /// Whether a text is English (`isEnglish`) and whether it is a fragment (`isFragment`), from its tokens as the
    /// `Lexer` made them (before `ForeignConnectives` took "von" for "from").
    static func judge(_ tokens: [Token]) -> (isEnglish: Bool, isFragment: Bool) {
        let words = words(of: tokens)
        return (isEnglish(words), isFragment(words: words))
    }

    /// `judge(_:)` of a text.
    static func judge(_ text: String) -> (isEnglish: Bool, isFragment: Bool) {
        judge(Lexer(text, classifying: false).tokens())
    }

    /// `isEnglish` over a text's words.
    private static func isEnglish(_ words: [String]) -> Bool {
        // Nearly every sentence has no word of another language or script, and is English without counting.
        let foreign = words.count { word in
            otherFunctionWords.contains(word)
                || (!word.utf8.allSatisfy { $0 < 0x80 } && word.unicodeScalars.contains(where: isOtherScript))
        }
        guard foreign > 0 else { return true }
        let english = words.count { StopWords.all.contains($0) || Vocabulary.verbs.contains($0) }
        return english > foreign
    }

    /// Whether a text stops before its sense does: it ends on a word that needs another after it ("in their
    /// first", "from the"), or has fewer than two words.
    public static func isFragment(_ text: String) -> Bool {
        isFragment(words: words(of: text))
    }

    /// `isFragment` over the text's words.
    private static func isFragment(words: [String]) -> Bool {
        words.count < 2 || (words.last.map(unfinishedEndings.contains) ?? false)
    }

    /// Whether a text ends on a word that needs another after it: "in their first", "about".
    public static func endsUnfinished(_ text: String) -> Bool {
        words(of: text).last.map(unfinishedEndings.contains) ?? false
    }

    /// The lowercased words and numbers of the part of a text that is read (`ReadingLimit`), as the reader's
    /// `Lexer` splits them, symbols left out. Tokens written against each other, or joined by a hyphen, are one
    /// word: "e-mail" is not the Portuguese "e", and "2x", "5-star" or an id pasted alone is no sentence.
    static func words(of text: String) -> [String] {
        words(of: Lexer(text, classifying: false).tokens())
    }

    private static func words(of tokens: [Token]) -> [String] {
        var words: [String] = []
        var end = -1
        for (k, token) in tokens.enumerated() where token.kind != .symbol {
            let hyphen = k > 0 && tokens[k - 1].isSymbol("-") && tokens[k - 1].start == end && tokens[k - 1].end == token.start
            if !words.isEmpty, token.start == end || hyphen {
                words[words.count - 1] += (hyphen ? "-" : "") + token.text
            } else {
                words.append(token.text)
            }
            end = token.end
        }
        return words
    }

    /// Letters of a script other than Latin: CJK, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari.
    private static func isOtherScript(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic, scalar.value >= 0x0370 else { return false }
        // Latin Extended Additional (ạ, ế) is Latin.
        return !(0x1E00...0x1EFF).contains(scalar.value)
    }

    /// Common function words of German, French, Spanish, Dutch and Portuguese that are not English words.
    private static let otherFunctionWords: WordSet = [
        "der", "des", "dem", "den", "das", "und", "von", "auf", "zu", "zum", "zur", "mit", "für", "bis", "ist", "ein",
        "eine", "einen", "um", "im", "vom", "bei", "le", "la", "les", "du", "et", "pour", "par", "avec",
        "sur", "dans", "au", "aux", "une", "el", "los", "las", "del", "y", "para", "por", "con", "una", "al", "de",
        "het", "een", "voor", "naar", "e", "da", "dos", "em", "até",
    ]

    /// Words a sentence cannot end on: articles, prepositions, possessives, conjunctions and ordinals.
    private static let unfinishedEndings: WordSet = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "and", "or", "but", "than",
        "their", "our", "your", "my", "his", "her", "its", "first", "second", "third", "last", "next", "per", "each",
        "every", "about", "between", "under", "over", "above", "below",
    ]
}
