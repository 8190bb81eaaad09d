/// Numbers that date rather than measure: years, days of the month, "week 6", and dates written with digits.
extension QuantityScanner {
    /// Words after which "3/31" is a day and a month.
    static let datePrepositions: WordSet = ["by", "before", "until", "till", "on", "after", "from"]

    /// Whether two numbers can be a month and a day in either order.
    static func isDayAndMonth(_ a: Double, _ b: Double) -> Bool {
        guard a == a.rounded(), b == b.rounded(), a >= 1, b >= 1 else { return false }
        return (a <= 12 && b <= 31) || (b <= 12 && a <= 31)
    }

    /// Words before a year used as an adjective: "the 2027 plan", "our 2026 roadmap", "in 2027 budgets".
    static let yearDeterminers: WordSet = [
        "the", "our", "this", "their", "its", "in", "for", "since", "during", "fy", "cy", "until", "before",
    ]

    /// Suffixes of ordinals: "1st", "3rd", "95th".
    static let ordinalSuffixes: WordSet = ["th", "st", "nd", "rd"]
    /// Words a day number follows: "week 6", "day 90", "sprint 12".
    static let dayCounters: WordSet = ["week", "day", "sprint", "wk", "month"]

    /// "2027" alone, "in 2027", "Q3 2027": a year, when written without separators and with nothing counted after it.
    func isYear(value: Double, from start: Int) -> Bool {
        guard tokens[start].kind == .number, value >= 1990, value <= 2100, value == value.rounded(),
            !tokens[start].hasSeparators
        else { return false }
        if let w = word(start - 1), ["to", "from", "reach", "hit"].contains(w) { return false }
        return true
    }

    /// The 31 of "March 31" or "31 March", and the 6 of "week 6".
    func isDayOfMonth(value: Double, from start: Int) -> Bool {
        guard tokens[start].kind == .number, value >= 1, value <= 366, value == value.rounded() else { return false }
        if let w = word(start - 1), Vocabulary.months.contains(w) || Self.dayCounters.contains(w) {
            return true
        }
        if let w = word(start + 1), Self.ordinalSuffixes.contains(w), glued(start + 1), let m = word(start + 2) {
            return Vocabulary.months.contains(m) || m == "of"
        }
        if let w = word(start + 1), Vocabulary.months.contains(w) { return value <= 31 }
        return false
    }

    /// "2027-03-31", "31/03/2027", "3/31/2027", "31.03.2027" as one date quantity.
    func digitDate(at i: Int) -> FoundQuantity? {
        // "by 3/31", "before 31/3": a day and month after a time preposition.
        if i + 2 < tokens.count, symbol(i + 1) == "/", isNumber(i + 2), glued(i + 1), glued(i + 2),
            let before = word(i - 1), Self.datePrepositions.contains(before),
            symbol(i + 3) != "/", symbol(i + 3) != "%",
            Self.isDayAndMonth(tokens[i].value, tokens[i + 2].value)
        {
            let q = Quantity(kind: .date, value: 0, text: text(i..<(i + 3)))
            return FoundQuantity(quantity: q, range: i..<(i + 3), prefixStart: i, scale: nil, unscaledValue: 0)
        }
        guard i + 4 < tokens.count, let s1 = symbol(i + 1), s1 == "-" || s1 == "/" || s1 == ".", symbol(i + 3) == s1,
            isNumber(i + 2), isNumber(i + 4), (1...4).allSatisfy({ glued(i + $0) })
        else { return nil }
        let year = tokens[i].text.count == 4 ? tokens[i].value : tokens[i + 4].value
        let q = Quantity(kind: .date, value: year, text: text(i..<(i + 5)))
        return FoundQuantity(quantity: q, range: i..<(i + 5), prefixStart: i, scale: nil, unscaledValue: year)
    }
}
