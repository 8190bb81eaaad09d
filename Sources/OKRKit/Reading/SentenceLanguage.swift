/// Whether okr-coach can read a sentence's words: it reads numbers, percentages and dates in any language, but
/// only English words, so a verb, a metric or a direction in another language is not understood.
public enum SentenceLanguage {
    /// Whether the words of a text are English as far as the reader can tell: none is written in another script
    /// ("上げる") and it has fewer function words of another language ("des", "von", "auf") than English ones.
    public static func isEnglish(_ text: String) -> Bool {
        judge(text).isEnglish
    }

    /// Whether a text is English (`isEnglish`) and whether it is a fragment (`isFragment`), from its tokens as the
    /// `Lexer` made them (before `ForeignConnectives` took "von" for "from"); `isASCII` says whether the text is
    /// plain ASCII, which has no other script.
    static func judge(_ tokens: [Token], isASCII: Bool) -> (isEnglish: Bool, isFragment: Bool) {
        let words = Words(tokens)
        return (isEnglish(words, isASCII: isASCII), isFragment(words))
    }

    /// `judge(_:isASCII:)` of a text.
    static func judge(_ text: String) -> (isEnglish: Bool, isFragment: Bool) {
        let lexer = Lexer(text, classifying: false)
        return judge(lexer.tokens(), isASCII: lexer.isASCII)
    }

    /// Whether a text stops before its sense does: it ends on a word that needs another after it ("in their
    /// first", "from the"), or has fewer than two words.
    public static func isFragment(_ text: String) -> Bool {
        judge(text).isFragment
    }

    /// Whether a text ends on a word that needs another after it: "in their first", "about".
    public static func endsUnfinished(_ text: String) -> Bool {
        endsUnfinished(Words(Lexer(text, classifying: false).tokens()))
    }

    /// The lowercased words and numbers of the part of a text that is read (`ReadingLimit`), as `Words` finds them.
    static func words(of text: String) -> [String] {
        let words = Words(Lexer(text, classifying: false).tokens())
        return words.runs.map { run in words.tokens[run].map(\.text).joined() }
    }

    /// A text's words as runs of its tokens, symbols left out: tokens written against each other, or joined by a
    /// hyphen, are one word, so "e-mail" is not the Portuguese "e", and "2x", "5-star" or an id pasted alone is no
    /// sentence. Found without spelling a word anew.
    private struct Words {
        let tokens: [Token]
        /// Each word's tokens (with the hyphens that join them), by index, in order.
        let runs: [Range<Int>]

        init(_ tokens: [Token]) {
            self.tokens = tokens
            var runs: [Range<Int>] = []
            runs.reserveCapacity(tokens.count)
            var end = -1
            for k in tokens.indices where tokens[k].kind != .symbol {
                let hyphen = k > 0 && tokens[k - 1].isSymbol("-") && tokens[k - 1].start == end
                    && tokens[k - 1].end == tokens[k].start
                if let last = runs.last, tokens[k].start == end || hyphen {
                    runs[runs.count - 1] = last.lowerBound..<(k + 1)
                } else {
                    runs.append(k..<(k + 1))
                }
                end = tokens[k].end
            }
            self.runs = runs
        }

        /// The word a run of one token spells; `nil` for a word of several tokens, which is no function word.
        func single(_ run: Range<Int>) -> String? {
            run.count == 1 ? tokens[run.lowerBound].text : nil
        }
    }

    /// `isEnglish` over a text's words.
    private static func isEnglish(_ words: Words, isASCII: Bool) -> Bool {
        // Nearly every sentence has no word of another language or script, and is English without counting.
        let foreign = words.runs.count { run in
            words.single(run).map(otherFunctionWords.contains) == true
                || (!isASCII && words.tokens[run].contains { $0.text.unicodeScalars.contains(where: isOtherScript) })
        }
        guard foreign > 0 else { return true }
        let english = words.runs.count { run in
            words.single(run).map { StopWords.all.contains($0) || Vocabulary.verbs.contains($0) } == true
        }
        return english > foreign
    }

    /// `isFragment` over a text's words.
    private static func isFragment(_ words: Words) -> Bool {
        words.runs.count < 2 || endsUnfinished(words)
    }

    private static func endsUnfinished(_ words: Words) -> Bool {
        words.runs.last.flatMap(words.single).map(unfinishedEndings.contains) == true
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
