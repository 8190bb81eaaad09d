/// A quantity with where it sits among the tokens, for the reader to interpret around it.
struct FoundQuantity: Sendable {
    var quantity: Quantity
    /// The tokens of the amount itself, from its currency or sign to its unit, bound or rate.
    var range: Range<Int>
    /// Where the words before it that qualify it start ("at least", "above", "between"); `range.lowerBound` if none.
    var prefixStart: Int
    /// +1 for "+20%", -1 for "-15%", 0 when unsigned.
    var sign: Int = 0
    /// Whether a magnitude ("K", "million") was written, and the value before it.
    var scale: Double?
    var unscaledValue: Double
    /// Whether a lowercase "m" glued to the number could mean minutes rather than millions ("45m").
    var minutesOrMillions = false
    /// For "2.125", read as 2125 (European thousands), the value had the dot been a decimal point.
    var decimalValue: Double?
}

/// Finds amounts in a token stream: numbers with their currency, magnitude, unit, bound, rate and range.
struct QuantityScanner {
    let tokens: [Token]
    let lexer: Lexer

    /// Every amount, left to right, skipping the tokens in `skip`.
    func scan(skip: Range<Int>? = nil) -> [FoundQuantity] {
        var found: [FoundQuantity] = []
        var i = 0
        while i < tokens.count {
            if let skip, skip.contains(i) {
                i = skip.upperBound
                continue
            }
            let limit = skip.map { $0.lowerBound > i ? $0.lowerBound : tokens.count } ?? tokens.count
            if let q = quantity(at: i, limit: limit) {
                found.append(q)
                i = max(q.range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }
    func symbol(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .symbol ? tokens[i].text : nil }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    func glued(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

    /// The original text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return lexer.text(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    /// The amount starting at token `i`, if any.
    private func quantity(at i: Int, limit: Int) -> FoundQuantity? {
        let t = tokens[i]
        switch t.kind {
        case .number:
            return number(at: i, limit: limit)
        case .word:
            let w = t.text
            guard t.classes.contains(.numberStarter) || w.utf8.first == UInt8(ascii: "x") || w.hasSuffix("fold")
                || w.containsUTF8(UInt8(ascii: "-"))
            else { return nil }
            if let multiplier = wordMultiplier(at: i) { return multiplier }
            if let money = NumberWords.hyphenatedMoney(w) {
                let q = Quantity(kind: .currency, value: money.value, unit: money.currency, text: text(i..<(i + 1)))
                return FoundQuantity(quantity: q, range: i..<(i + 1), prefixStart: i, scale: nil, unscaledValue: money.value)
            }
            if let fraction = fraction(at: i) { return fraction }
            if NumberWords.mayStart(tokens[i].text), let read = NumberWords.read(tokens, at: i), i + read.count <= limit,
                let found = measured(value: read.value, raw: read.value, scale: nil, from: i, next: i + read.count, limit: limit,
                    currency: nil, sign: 0)
            {
                // "one team, one platform": a lone "one" is an amount only with a unit ("one week", "one percent").
                if read.count == 1, tokens[i].text == "one", found.quantity.kind == .count || found.quantity.kind == .number {
                    return nil
                }
                return found
            }
            return nil
        case .symbol:
            return nil
        }
    }

    /// "double", "tripled", "twice", "halve", "x10", "in half".
    private func wordMultiplier(at i: Int) -> FoundQuantity? {
        let w = tokens[i].text
        var value: Double?
        if let v = NumberWords.multiple(w), word(i + 1) != "down", !isFrequency(w, at: i) { value = v }
        if w == "half", let before = word(i - 1), ["in", "by", "into"].contains(before) { value = 0.5 }
        if w.hasPrefix("x"), w.count > 1, let v = Double(w.dropFirst()), v.isFinite { value = v }
        guard let value else { return nil }
        let q = Quantity(kind: .multiplier, value: value, unit: "x", text: text(i..<(i + 1)))
        return FoundQuantity(quantity: q, range: i..<(i + 1), prefixStart: i, scale: nil, unscaledValue: value)
    }

    /// "twice" and "thrice" say how often ("buyers who order twice", "tweet twice a day") unless a comparison or
    /// a thing follows them: "twice as many sign-ups", "twice the revenue".
    private func isFrequency(_ w: String, at i: Int) -> Bool {
        guard w == "twice" || w == "thrice" else { return false }
        guard let next = word(i + 1) else { return true }
        return !["as", "the", "our", "its", "their", "that", "this", "what"].contains(next)
    }

    /// "by a third", "by two thirds", "by a quarter": a share, read as a percentage.
    private func fraction(at i: Int) -> FoundQuantity? {
        guard word(i - 1) == "by", let w = word(i + 1), let part = NumberWords.fractions[w] else { return nil }
        let count: Double
        switch tokens[i].text {
        case "a", "an", "one": count = 1
        default:
            guard let v = NumberWords.small[tokens[i].text], v >= 1, v < 10 else { return nil }
            count = v
        }
        let q = Quantity(kind: .percent, value: (count / part * 10_000).rounded() / 100, unit: "%", text: text(i..<(i + 2)))
        return FoundQuantity(quantity: q, range: i..<(i + 2), prefixStart: i, scale: nil, unscaledValue: q.value)
    }

    private func number(at i: Int, limit: Int) -> FoundQuantity? {
        // "ISO 27001", "SOC 2", "Tier 1": part of a name.
        if let w = word(i - 1), Vocabulary.namePrefixes.contains(w) { return nil }
        // "a 4.5-star rating", "to a 4.7-star average", "from 4.1-star": a rating in stars is an amount, unless it
        // describes what is counted ("100 5-star reviews", "earn 5-star reviews").
        if symbol(i + 1) == "-", glued(i + 1), glued(i + 2), let w = word(i + 2), w == "star" || w == "stars",
            tokens[i].value <= 10, let before = word(i - 1),
            ["a", "an", "the"].contains(before) || AmountRoles.targetCues.contains(before)
                || AmountRoles.baselineCues.contains(before),
            !(word(i + 3).map { $0.hasSuffix("s") && !$0.hasSuffix("ss") } ?? false)
        {
            let q = Quantity(kind: .count, value: tokens[i].value, unit: "stars", text: text(i..<(i + 3)))
            return FoundQuantity(quantity: q, range: i..<(i + 3), prefixStart: i, scale: nil, unscaledValue: tokens[i].value)
        }
        // "7-day retention", "100 5-star reviews", "24-hour support": a compound adjective, not an amount.
        if symbol(i + 1) == "-", glued(i + 1), glued(i + 2), let w = word(i + 2), w != "fold", Units.scales[w] == nil,
            !Units.percentWords.contains(w)
        {
            return nil
        }
        // "by 1/3", "2/3 of tickets": a simple fraction, read as a percentage.
        if symbol(i + 1) == "/", isNumber(i + 2), glued(i + 1), glued(i + 2), symbol(i + 3) != "/",
            !tokens[i].hasSeparators, !tokens[i + 2].hasSeparators,
            tokens[i].value >= 1, tokens[i].value < tokens[i + 2].value, tokens[i + 2].value <= 4
        {
            let share = (tokens[i].value / tokens[i + 2].value * 10_000).rounded() / 100
            let q = Quantity(kind: .percent, value: share, unit: "%", text: text(i..<(i + 3)))
            return FoundQuantity(quantity: q, range: i..<(i + 3), prefixStart: i, scale: nil, unscaledValue: share)
        }
        // Dates written with digits: 2027-03-31, 31/03/2027, 3/31/2027.
        if let date = digitDate(at: i) { return date }
        if symbol(i + 1) == "/", isNumber(i + 2), glued(i + 1), glued(i + 2), tokens[i].text == "24", tokens[i + 2].text == "7" {
            return nil  // "24/7" is a schedule, not an amount.
        }
        if symbol(i - 1) == "/", isNumber(i - 2), !tokens[i].spaceBefore, tokens[i - 2].text == "24", tokens[i].text == "7" {
            return nil
        }
        var start = i
        var currency: String?
        var sign = 0
        if let s = symbol(i - 1), Units.currencySymbols.contains(s) {
            currency = s
            start = i - 1
        } else if let w = word(i - 1), let code = Units.currencyWords[w], w.count == 3 || w == "us$" {
            currency = code
            start = i - 1
        }
        if let s = symbol(start - 1), s == "+" || s == "-", !tokens[start].spaceBefore,
            start - 1 == 0 || tokens[start - 1].spaceBefore || symbol(start - 2) == "(",
            !isNumber(start - 2)
        {
            sign = s == "+" ? 1 : -1
            start -= 1
        }
        var value = tokens[i].value
        var next = i + 1
        // "the low 30s", "mid-40s": a rough number, not seconds.
        if word(next) == "s", glued(next), let before = word(i - 1), Self.roughly.contains(before) { next += 1 }
        if let w = word(next), glued(next), Self.ordinalSuffixes.contains(w) {
            // "95th percentile" names a measure; only a date ("March 3rd", "1st of May") keeps an ordinal.
            guard isDayOfMonth(value: tokens[i].value, from: i) else { return nil }
            next += 1
        }
        var scale: Double?
        if let w = word(next), let s = Units.scales[w], glued(next) || !Units.gluedOnlyScales.contains(w) {
            scale = s
            next += 1
        }
        // "1.500%" reads as 1.5%: a percentage of a thousand and more is a misread decimal.
        if scale == nil, let decimal = tokens[i].decimalReading,
            symbol(next) == "%" || word(next).map(Units.percentWords.contains) == true
        {
            value = decimal
        }
        if sign < 0 { value = -value }
        let raw = value
        if let scale { value *= scale }
        var found = measured(value: value, raw: raw, scale: scale, from: start, next: next, limit: limit, currency: currency, sign: sign)
        if currency == nil, scale == 1e6, word(i + 1) == "m", lexer.scalars[tokens[i + 1].start] == "m",
            found?.quantity.kind == .number
        {
            found?.minutesOrMillions = true
        }
        if scale == nil, let decimal = tokens[i].decimalReading, value != decimal, found?.quantity.kind != .year {
            found?.decimalValue = sign < 0 ? -decimal : decimal
        }
        return found
    }

    /// Reads what follows an amount's digits or words: unit, rate, bound and range.
    private func measured(
        value: Double, raw: Double, scale: Double?, from start: Int, next start2: Int, limit: Int, currency: String?, sign: Int
    ) -> FoundQuantity? {
        guard value.isFinite else { return nil }
        var value = value
        var next = start2
        var kind: Quantity.Kind = .number
        var unit: String?
        var upper: Double?
        var bound: Bound?
        var per: String?
        if let currency {
            kind = .currency
            unit = currency
        }
        func readUnit() {
            guard next < limit else { return }
            if let s = symbol(next) {
                if s == "%" {
                    kind = .percent; unit = "%"; next += 1
                } else if s == "×" {
                    kind = .multiplier; unit = "x"; next += 1
                } else if Units.currencySymbols.contains(s), kind == .number {
                    kind = .currency; unit = s; next += 1
                } else if s == "-", word(next + 1) == "fold", glued(next) {
                    kind = .multiplier; unit = "x"; next += 2
                }
                return
            }
            guard let w = word(next) else { return }
            let isGlued = glued(next)
            if Units.percentWords.contains(w) || (w == "per" && word(next + 1) == "cent") {
                next += w == "per" ? 2 : 1
                if let p = word(next), p == "point" || p == "points" {
                    kind = .points; unit = "pp"; next += 1
                } else {
                    kind = .percent; unit = "%"
                }
            } else if let p = Units.pointWords[w] {
                kind = .points; unit = p == "bps" ? "pp" : p; next += 1
                if p == "bps" { value /= 100 }
            } else if w == "x" || w == "fold" || (w == "times" && !isRate(at: next + 1)) {
                kind = .multiplier; unit = "x"; next += 1
            } else if let code = Units.currencyWords[w], kind == .number {
                kind = .currency; unit = code; next += 1
            } else if let t = TimeUnit.names[w], isGlued || w.count > 1 {
                kind = .duration; unit = t; next += 1
            } else if ["business", "working", "calendar"].contains(w), let t = word(next + 1).flatMap({ TimeUnit.names[$0] }) {
                kind = .duration; unit = t; next += 2
            }
        }
        readUnit()
        // A range: "20-25%", "$1-2M", "20 – 25 %".
        if symbol(next) == "-", isNumber(next + 1) || (Units.currencySymbols.contains(symbol(next + 1) ?? "") && isNumber(next + 2)) {
            let at = isNumber(next + 1) ? next + 1 : next + 2
            var high = tokens[at].value
            var after = at + 1
            if let w = word(after), let s = Units.scales[w], glued(after) || !Units.gluedOnlyScales.contains(w) {
                high *= s
                after += 1
            } else if let scale {
                high *= scale
            }
            if high.isFinite, high > (kind == .number ? raw : value) || unit == nil {
                upper = high
                next = after
                // "50%-60%": the unit may be written on both ends.
                if unit == nil || (kind == .percent && symbol(next) == "%") { readUnit() }
            }
        }
        // A bound after the amount: "70+", "10 or more", "2 hours max".
        if symbol(next) == "+", next < limit {
            bound = .atLeast; next += 1
        } else if let w = word(next), ["or", "and"].contains(w), let w2 = word(next + 1) {
            if ["more", "higher", "above", "better", "greater", "up", "over"].contains(w2) { bound = .atLeast; next += 2 }
            if ["less", "fewer", "lower", "below", "under"].contains(w2) { bound = .atMost; next += 2 }
        } else if let w = word(next), w == "max" || w == "maximum" {
            bound = .atMost; next += 1
        } else if let w = word(next), w == "min" || w == "minimum", kind != .number || glued(next) == false {
            bound = .atLeast; next += 1
        }
        if let r = rate(at: next, limit: limit) { per = r.per; next = r.end }
        // "year over year", "month on month".
        if per == nil, let w = word(next), let period = TimeUnit.periods[w], word(next + 1) == "over" || word(next + 1) == "on",
            word(next + 2) == w
        {
            per = period; next += 3
        }
        // "monthly" before a noun describes it ("monthly active users"); "month-over-month" always makes a rate.
        if per == nil, let w = word(next), let period = TimeUnit.cadences[w],
            w.utf8.contains(45) || (word(next + 1).map(Vocabulary.stopwords.contains) ?? true)
        {
            per = period; next += 1
        }
        if let b = prefixBound(before: start, kind: kind) { bound = bound ?? b.bound }
        var prefixStart = prefixBound(before: start, kind: kind)?.start ?? start
        // "between 20 and 25%".
        if word(start - 1) == "between", word(next) == "and", isNumber(next + 1) || NumberWords.read(tokens, at: next + 1) != nil {
            let high = isNumber(next + 1) ? tokens[next + 1].value * (scale ?? 1) : (NumberWords.read(tokens, at: next + 1)?.value ?? 0)
            let width = isNumber(next + 1) ? 1 : (NumberWords.read(tokens, at: next + 1)?.count ?? 1)
            if high.isFinite {
                upper = high
                next += 1 + width
                if unit == nil { readUnit() }
                prefixStart = start - 1
            }
        }
        // A count names what it counts: "12 interviews", "three new products"; "#1" is a rank; "the 2027 plan" a year.
        let namesAYear = isYear(value: value, from: start) && Self.yearDeterminers.contains(word(start - 1) ?? "")
        if kind == .number, !namesAYear, symbol(start - 1) != "#", upper == nil || unit == nil,
            let noun = countNoun(at: next, limit: limit)
        {
            kind = .count; unit = noun.text; next = noun.end
            if per == nil, let r = rate(at: next, limit: limit) { per = r.per; next = r.end }
        }
        if kind == .number, isYear(value: value, from: start) { kind = .year }
        if kind == .number || kind == .count, isDayOfMonth(value: value, from: start) { kind = .date; unit = nil }
        let end = max(next, start + 1)
        let q = Quantity(kind: kind, value: value, upper: upper, unit: unit, per: per, bound: bound, text: text(start..<end))
        return FoundQuantity(quantity: q, range: start..<end, prefixStart: prefixStart, sign: sign, scale: scale, unscaledValue: raw)
    }

    /// A rate's denominator at `i`: "/month", "per month", "a week", "per active user", "/user".
    private func rate(at i: Int, limit: Int) -> (per: String, end: Int)? {
        guard i + 1 < limit else { return nil }
        let opener: String
        if symbol(i) == "/", tokens[i + 1].kind == .word {
            opener = "/"
        } else if let w = word(i), w == "per" || w == "a" || w == "an" || w == "each" || w == "every" {
            opener = w
        } else {
            return nil
        }
        if let w = word(i + 1), let period = TimeUnit.periods[w] { return (period, i + 2) }
        guard opener == "/" || opener == "per", let noun = countNoun(at: i + 1, limit: limit) else { return nil }
        return (text((i + 1)..<noun.end), noun.end)
    }

    private func isRate(at i: Int) -> Bool {
        guard let w = word(i) else { return false }
        return (w == "a" || w == "per" || w == "each" || w == "every") && word(i + 1).flatMap { TimeUnit.periods[$0] } != nil
    }

    /// Words before an amount that make it a floor or a ceiling, and where they start.
    private func prefixBound(before i: Int, kind: Quantity.Kind) -> (bound: Bound, start: Int)? {
        if let s = symbol(i - 1) {
            switch s {
            case ">", "≥", "⩾": return (.atLeast, i - 1)
            case "<", "≤", "⩽": return (.atMost, i - 1)
            case "~": return nil
            default: break
            }
        }
        guard let w1 = word(i - 1) else { return nil }
        let w2 = word(i - 2)
        // "ramp up to 50" is a verb and its target, not a ceiling.
        if w1 == "to", w2 == "up", (3...6).contains(where: { Vocabulary.phrasal[word(i - $0) ?? ""]?["up"] != nil }) { return nil }
        if let w2, let b = Self.boundPairs[w1]?[w2] {
            // "no more than", "no less than": the floor or ceiling flips to the other side's wording.
            if let w3 = word(i - 3), w3 == "no" || w3 == "not" { return (b == .atLeast ? .atMost : .atLeast, i - 3) }
            return (b, i - 2)
        }
        guard let bound = Self.boundWords[w1] else { return nil }
        // "over 6 months", "past 30 days" and "within 2 weeks" (of a count) are spans of time, not bounds.
        if kind == .duration, w1 == "over" || w1 == "past" { return nil }
        if w1 == "within", kind != .duration, kind != .percent { return nil }
        return (bound, i - 1)
    }

    /// One-word floors and ceilings before an amount: "above 40%", "under 2s".
    static let boundWords: WordTable<Bound> = [
        "above": .atLeast, "exceeding": .atLeast, "beyond": .atLeast, "min": .atLeast, "minimum": .atLeast,
        "over": .atLeast, "past": .atLeast,
        "under": .atMost, "below": .atMost, "max": .atMost, "maximum": .atMost, "sub": .atMost, "within": .atMost,
    ]

    /// Two-word floors and ceilings, by their second word: "more than", "at least", "up to".
    static let boundPairs: WordTable<[String: Bound]> = [
        "than": ["more": .atLeast, "greater": .atLeast, "higher": .atLeast, "better": .atLeast, "less": .atMost,
            "fewer": .atMost, "lower": .atMost],
        "of": ["north": .atLeast, "upwards": .atLeast, "minimum": .atLeast, "maximum": .atMost, "south": .atMost],
        "least": ["at": .atLeast], "most": ["at": .atMost], "to": ["up": .atMost],
    ]

    static let roughly: WordSet = ["low", "mid", "high", "upper", "lower", "the", "mid-"]

    /// The counted noun after an amount: up to three words before a stopword, a deadline word or a symbol.
    private func countNoun(at i: Int, limit: Int) -> (text: String, end: Int)? {
        var j = i
        while j < limit, j - i < 4, let w = word(j), tokens[j].classes.isDisjoint(with: [.stopword, .month, .cadence]),
            NumberWords.multiple(w) == nil, !Vocabulary.increase.contains(w) || j > i
        {
            j += 1
        }
        guard j > i, i < tokens.count, tokens[i].spaceBefore || j - i > 0 else { return nil }
        return (text(i..<j), j)
    }


}
