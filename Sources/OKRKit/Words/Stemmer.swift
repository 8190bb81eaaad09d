/// The one stemmer the rules and the KPI suggester compare words by: a light suffix stripper that folds plurals,
/// -ing, -ed, -ation and -ment onto one stem ("activated", "activation" and "activations" compare equal), plus the
/// irregular forms people use in OKRs ("built", "held", "growth"), so "launching", "launched" and "launches" meet at
/// one stem and "growth" meets "grow". Stems are internal keys, not words to show.
enum Stemmer {
    /// The stem of one lower-cased word; words of three letters or fewer, and words with digits or non-ASCII
    /// letters, are kept whole.
    static func stem(_ word: String) -> String {
        irregular[word] ?? suffixesStripped(word)
    }

    /// Irregular forms, mapped to the stem their base word gets.
    private static let irregular: WordTable<String> = [
        "built": "build", "held": "hold", "written": "writ", "wrote": "writ", "ran": "run", "made": "mak",
        "kept": "keep", "sent": "send", "grew": "grow", "grown": "grow", "growth": "grow", "brought": "bring",
        "sold": "sell", "led": "lead", "won": "win", "began": "begin", "begun": "begin", "people": "person",
        "retention": "retain", "satisfaction": "satisfy", "satisfied": "satisfy", "reliable": "reliability",
        "reliably": "reliability",
    ]

    private static func suffixesStripped(_ word: String) -> String {
        // Short words, numbers and anything not plain lower-case ASCII stay as they are, before any copying.
        let isLetter = { (byte: UInt8) in byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        guard word.utf8.count > 3,
            word.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isLetter) }) ?? word.utf8.allSatisfy(isLetter)
        else { return word }
        // A word ending in no letter a rule strips ("growth", "backlog") is its own stem: no copy.
        guard word.utf8.withContiguousStorageIfAvailable(mayChange) ?? Array(word.utf8).withUnsafeBufferPointer(mayChange) else {
            return word
        }
        var w = Array(word.utf8)
        inflection(&w)
        derivation(&w)
        if w.count > 3, w.last == UInt8(ascii: "e") { w.removeLast() }
        if w.count > 3, let last = w.last, w[w.count - 2] == last, last != UInt8(ascii: "l"), last != UInt8(ascii: "s"),
            last != UInt8(ascii: "z"), !isVowel(last)
        {
            w.removeLast()
        }
        return String(decoding: w, as: UTF8.self)
    }

    /// Whether any rule below can change a word of more than three lowercase letters: it ends in a letter a suffix
    /// ends with ("s", "d", "g", "n", "t", "e") or in a doubled consonant.
    private static func mayChange(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let final = w[w.count - 1]
        switch final {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "e"):
            return true
        case UInt8(ascii: "l"), UInt8(ascii: "z"):
            return false
        default:
            return w[w.count - 2] == final && !isVowel(final)
        }
    }

    private static func inflection(_ w: inout [UInt8]) {
        if ends(w, "ies"), w.count > 4 {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if w.last == UInt8(ascii: "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") {
            w.removeLast()
        }
        if ends(w, "ied"), w.count > 4 {
            w.removeLast(3)
            w.append(UInt8(ascii: "y"))
        } else if ends(w, "ing"), w.count - 3 >= 3, hasVowel(w.dropLast(3)) {
            w.removeLast(3)
        } else if ends(w, "ed"), w.count - 2 >= 3, hasVowel(w.dropLast(2)) {
            w.removeLast(2)
        }
    }

    private static let derivations: [(suffix: StaticString, replacement: StaticString)] = [
        ("ization", "iz"), ("isation", "is"), ("ation", "at"), ("ment", ""),
    ]

    private static func derivation(_ w: inout [UInt8]) {
        for (suffix, replacement) in derivations where ends(w, suffix) && w.count - suffix.utf8CodeUnitCount >= 3 {
            w.removeLast(suffix.utf8CodeUnitCount)
            w.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            return
        }
    }

    /// Whether the word ends with the (ASCII) suffix, compared byte by byte.
    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard w.count >= count else { return false }
        let start = w.count - count
        for k in 0..<count where w[start + k] != suffix.utf8Start[k] { return false }
        return true
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool { w.contains(where: isVowel) }
}
