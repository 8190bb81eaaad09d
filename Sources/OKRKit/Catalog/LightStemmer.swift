/// A light suffix stripper: folds plurals, -ing, -ed, -ation and -ment onto one stem, so "activated",
/// "activation" and "activations" compare equal. Stems are internal keys, not words to show.
enum LightStemmer {
    /// The stem of a lowercase word; words of three letters or fewer, and words with digits, are kept whole.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        var w = Array(word)
        w = inflection(w)
        w = derivation(w)
        if w.count > 3, w.last == "e" { w.removeLast() }
        if w.count > 3, let last = w.last, w[w.count - 2] == last, !"lsz".contains(last), !isVowel(last) {
            w.removeLast()
        }
        return String(w)
    }

    private static func inflection(_ word: [Character]) -> [Character] {
        var w = word
        if w.ends(with: "ies"), w.count > 4 {
            w = w.dropLast(3) + ["y"]
        } else if w.ends(with: "sses") {
            w.removeLast(2)
        } else if w.last == "s", !w.ends(with: "ss"), !w.ends(with: "us"), !w.ends(with: "is") {
            w.removeLast()
        }
        if w.ends(with: "ied"), w.count > 4 { return w.dropLast(3) + ["y"] }
        if w.ends(with: "ing"), hasVowel(w.dropLast(3)), w.count - 3 >= 3 { return Array(w.dropLast(3)) }
        if w.ends(with: "ed"), hasVowel(w.dropLast(2)), w.count - 2 >= 3 { return Array(w.dropLast(2)) }
        return w
    }

    private static func derivation(_ w: [Character]) -> [Character] {
        if w.ends(with: "ization"), w.count - 7 >= 3 { return w.dropLast(7) + ["i", "z"] }
        if w.ends(with: "isation"), w.count - 7 >= 3 { return w.dropLast(7) + ["i", "s"] }
        if w.ends(with: "ation"), w.count - 5 >= 3 { return w.dropLast(5) + ["a", "t"] }
        if w.ends(with: "ment"), w.count - 4 >= 3 { return Array(w.dropLast(4)) }
        return w
    }

    private static func isVowel(_ c: Character) -> Bool { "aeiouy".contains(c) }

    private static func hasVowel(_ w: ArraySlice<Character>) -> Bool { w.contains(where: isVowel) }
}

extension Array where Element == Character {
    fileprivate func ends(with suffix: String) -> Bool {
        let s = Array(suffix)
        return count >= s.count && Array(self[(count - s.count)...]) == s
    }
}
