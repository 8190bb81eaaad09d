/// Whether okr-coach can read a sentence's words: it reads numbers, percentages and dates in any language, but
/// only English words, so a verb, a metric or a direction in another language is not understood.
public enum SentenceLanguage {
    /// Whether the words of a text are English as far as the reader can tell: none is written in another script
    /// ("上げる") and it has fewer function words of another language ("des", "von", "auf") than English ones.
    public static func isEnglish(_ text: String) -> Bool {
        isEnglish(split(text))
    }

    /// Whether a text is English (`isEnglish`) and whether it is a fragment (`isFragment`), its words split once.
    static func judge(_ text: String) -> (isEnglish: Bool, isFragment: Bool) {
        let parts = split(text)
        return (isEnglish(parts), isFragment(words: parts.words))
    }

    /// `isEnglish` over the text's words, as `split` gives them.
    private static func isEnglish(_ parts: (words: [String], isASCII: Bool)) -> Bool {
        let words = parts.words
        // Plain ASCII (nearly every sentence) has no other script: without another language's function word it
        // is read as English, found in one pass over the bytes.
        if parts.isASCII, !words.contains(where: otherFunctionWords.contains) { return true }
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
    static func words(of text: String) -> [String] {
        split(text).words
    }

    /// `words(of:)`, and whether the part read is plain ASCII.
    private static func split(_ whole: String) -> (words: [String], isASCII: Bool) {
        let text = ReadingLimit.readable(whole)
        let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        guard isASCII else {
            let words = scalarWords(of: text)
                ?? text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
            return (words, false)
        }
        let words = ASCIIWords.lowercased(text) {
            ASCIIWords.isLetterOrDigit($0) || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-")
        }
        return (words, true)
    }

    /// The lower-cased words of a text that, lower-cased, has only characters of one scalar that join no neighbour
    /// into a character of two (accented letters written precomposed, digits, currency signs, dashes, quotes,
    /// spaces: most text that is not ASCII): split by scalars as a split by characters would split it, at a
    /// fraction of the cost. `nil` for any other text (combining marks, emoji, scripts without spaces), which is
    /// split by characters. Lower-casing goes scalar by scalar, as `lowercased()` does.
    private static func scalarWords(of text: Substring) -> [String]? {
        var words: [String] = []
        var word = TextBuilder()
        func add(_ scalar: Unicode.Scalar) -> Bool {
            let isWord: Bool
            if scalar.isASCII {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                isWord = ASCIIWords.isLetterOrDigit(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
            } else {
                guard standsAlone(scalar) else { return false }
                // A character of one scalar is a letter when the scalar is alphabetic, a number when it has a value.
                isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWord {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(word.string)
                word.removeAll()
            }
            return true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = UInt8(truncatingIfNeeded: scalar.value)
                _ = add(Unicode.Scalar(value >= 65 && value <= 90 ? value + 32 : value))
            } else if scalar.properties.changesWhenLowercased {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars where !add(lowered) { return nil }
            } else if !add(scalar) {
                return nil
            }
        }
        if !word.isEmpty { words.append(word.string) }
        return words
    }

    /// Whether a scalar outside ASCII is always a character of its own and starts none with the scalar after it:
    /// cased letters, numbers, punctuation, currency and math signs, spaces. Marks, joiners, modifiers, emoji and
    /// the letters of scripts written without case (Hangul jamo join) are not.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .spaceSeparator:
            return true
        default:
            return false
        }
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
