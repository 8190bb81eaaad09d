/// Whether okr-coach can read a sentence's words: it reads numbers, percentages and dates in any language, but
/// only English words, so a verb, a metric or a direction in another language is not understood.
public enum SentenceLanguage {
    /// Whether the words of a text are English as far as the reader can tell: none is written in another script
    /// ("上げる") and it has fewer function words of another language ("des", "von", "auf") than English ones.
    public static func isEnglish(_ text: String) -> Bool {
        isEnglish(text, words: words(of: text))
    }

    /// Whether a text is English (`isEnglish`) and a whole sentence (not `isFragment`), its words split once.
    static func isWholeEnglishSentence(_ text: String) -> Bool {
        let words = words(of: text)
        return isEnglish(text, words: words) && !isFragment(words: words)
    }

    /// `isEnglish` over the text's `words(of:)`.
    private static func isEnglish(_ text: String, words: [String]) -> Bool {
        // Plain ASCII (nearly every sentence) has no other script: without another language's function word it
        // is read as English, found in one pass over the bytes.
        if ReadingLimit.readable(text).utf8.allSatisfy({ $0 < 0x80 }), !words.contains(where: otherFunctionWords.contains) { return true }
        var english = 0, foreign = 0
        for word in words {
            if word.unicodeScalars.contains(where: isOtherScript) || otherFunctionWords.contains(word) {
                foreign += 1
            } else if StopWords.all.contains(word) || Vocabulary.verbs.contains(word) {
                english += 1
            }
        }
        return foreign == 0 || english > foreign
    }

    /// Whether a text stops before its sense does: it ends on a word that needs another after it ("in their
    /// first", "from the"), or has fewer than two words.
    public static func isFragment(_ text: String) -> Bool {
        isFragment(words: words(of: text))
    }

    /// `isFragment` over the text's `words(of:)`.
    private static func isFragment(words: [String]) -> Bool {
        words.count < 2 || (words.last.map(unfinishedEndings.contains) ?? false)
    }

    /// Whether a text ends on a word that needs another after it: "in their first", "about".
    public static func endsUnfinished(_ text: String) -> Bool {
        words(of: text).last.map(unfinishedEndings.contains) ?? false
    }

    /// The lowercased words of the part of a text that is read (`ReadingLimit`): runs of letters, digits and the
    /// marks inside words.
    private static func words(of whole: String) -> [String] {
        let text = ReadingLimit.readable(whole)
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        guard isASCII else {
            return text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
        }
        return ASCIIWords.lowercased(text) { ASCIIWords.isLetterOrDigit($0) || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") }
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
