/// English number words: "three", "twelve", "twenty-five", "one hundred and fifty", "a dozen", "two million".
enum NumberWords {
    static let small: WordTable<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// Parts of a whole, by how many make it: "third" is 3.
    static let fractions: WordTable<Double> = [
        "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
    ]

    static let multipliers: WordTable<Double> = ["hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12]

    /// Words that multiply, as verbs or adverbs: "double", "tripled", "halve", "twice".
    static let multiplierVerbs: WordTable<Double> = {
        var map: [String: Double] = [
            "twice": 2, "halve": 0.5, "halved": 0.5, "halves": 0.5, "halving": 0.5,
        ]
        for (base, value) in [("doubl", 2.0), ("tripl", 3.0), ("quadrupl", 4.0)] {
            for suffix in ["e", "ed", "es", "ing"] { map[base + suffix] = value }
        }
        return WordTable(map)
    }()

    /// The multiple a word names, as a verb ("tripled", "halve") or with "fold" ("tenfold", "ten-fold", "twentyfold").
    static func multiple(_ word: String) -> Double? {
        if let v = multiplierVerbs[word] { return v }
        guard word.hasSuffix("fold") else { return nil }
        var stem = word.dropLast(4)
        if stem.hasSuffix("-") { stem = stem.dropLast() }
        let number = String(stem)
        if let v = small[number] ?? multipliers[number] { return v }
        guard isNumberWord(number) else { return nil }
        return number.split(separator: "-").reduce(0.0) { $0 + (small[String($1)] ?? 0) }
    }

    /// An amount of money named by one hyphenated word: "billion-dollar", "million-euro", "ten-million-dollar".
    static func hyphenatedMoney(_ word: String) -> (value: Double, currency: String)? {
        guard let dash = word.lastIndex(of: "-"), let currency = Units.currencyWords[String(word[word.index(after: dash)...])],
            currency.count == 1
        else { return nil }
        var value = 1.0
        for part in word[..<dash].split(separator: "-") {
            guard let v = small[String(part)] ?? multipliers[String(part)] else { return nil }
            value *= v
        }
        return value > 1 ? (value, currency) : nil
    }

    /// Words that may start an amount written in words, a multiplier or a fraction.
    static let starters: WordSet = WordSet(small.keys).union(multipliers.keys).union(multiplierVerbs.keys)
        .union(["a", "an", "half"])

    /// Whether a word can start number words: a cheap test before `read`.
    static func mayStart(_ word: String) -> Bool {
        word == "a" || word == "an" || small[word] != nil || multipliers[word] != nil || (word.utf8.contains(45) && isNumberWord(word))
    }

    /// Whether a word (or each of its hyphenated parts) is a number word.
    static func isNumberWord(_ word: String) -> Bool {
        if small[word] != nil || multipliers[word] != nil { return true }
        guard word.utf8.contains(45) else { return false }  // "-"
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { small[String($0)] != nil }
    }

    /// The most words one amount takes: "nine hundred and ninety-nine thousand nine hundred and ninety-nine" takes 9.
    static let mostWords = 16

    /// Reads number words from `tokens[index...]`: the value and how many tokens it took, or `nil`.
    ///
    /// "a" and "an" count only before "dozen", "hundred", "thousand" or "million"; "and" only between number words.
    /// At most `mostWords` words are read, so a long run of number words is read in bounded pieces.
    static func read(_ tokens: [Token], at index: Int) -> (value: Double, count: Int)? {
        var total = 0.0
        var current = 0.0
        var i = index
        var used = 0
        var sawNumber = false
        let end = min(tokens.count, index + mostWords)
        while i < end, tokens[i].kind == .word {
            let w = tokens[i].text
            if (w == "a" || w == "an") && !sawNumber {
                guard i + 1 < tokens.count, tokens[i + 1].kind == .word,
                    tokens[i + 1].text == "dozen" || multipliers[tokens[i + 1].text] != nil
                else { break }
                current = 1
                i += 1
                continue
            }
            if w == "and" && sawNumber {
                guard i + 1 < tokens.count, isNumberWord(tokens[i + 1].text) else { break }
                i += 1
                continue
            }
            if let v = small[w] {
                if w == "dozen" { current = max(current, 1) * 12 } else { current += v }
            } else if let m = multipliers[w] {
                if m == 100 {
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * m
                    current = 0
                }
            } else if isNumberWord(w) {
                for part in w.split(separator: "-") { current += small[String(part)] ?? 0 }
            } else {
                break
            }
            sawNumber = true
            i += 1
            used = i - index
        }
        guard sawNumber else { return nil }
        return (total + current, used)
    }
}
