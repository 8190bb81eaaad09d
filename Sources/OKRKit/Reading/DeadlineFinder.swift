/// A time phrase in a sentence: a deadline ("by end of Q3") or a service level ("within 24 hours").
struct TimePhrase: Sendable {
    var range: Range<Int>
    /// Whether it is a condition on each case ("respond within 24 hours") rather than when the result is due.
    var isCondition: Bool
    /// Whether a preposition introduces it ("by Q3"), which makes it a stronger deadline than a bare "Q3".
    var hasPreposition: Bool
}

/// Finds deadline phrases with a small grammar of dates and periods: "by May 1", "by the end of Q3",
/// "in Q2 2027", "within 90 days", "by 2027-03-31", "EOQ", "H1", "this quarter", "by week 6".
///
/// Cadences ("monthly", "per quarter", "each week") are not deadlines. A short duration after a service verb
/// ("resolve queries within 24 hours") is a condition, not a deadline.
struct DeadlineFinder {
    let tokens: [Token]
    /// What the finder needs to know of an amount found by the scanner.
    struct Amount {
        var kind: Quantity.Kind
        /// The token after the amount.
        var end: Int
        var seconds: Double?
    }

    /// The amounts found, by their first token (one entry per token, and one past the end).
    let amounts: [Amount?]
    let skip: Range<Int>?

    private func amount(_ i: Int) -> Amount? { i >= 0 && i < amounts.count ? amounts[i] : nil }

    /// Every time phrase, left to right.
    func find() -> [TimePhrase] {
        // "Respond to tickets within 2 days" sets a service level; "Ship the app within 10 days" dates one delivery.
        let firstServiceVerb = tokens.indices.first { i in
            guard tokens[i].kind == .word, Vocabulary.serviceVerbs.contains(tokens[i].text) else { return false }
            let object = word(i + 1) == "to" ? word(i + 2) : word(i + 1)
            return !Self.singleObject.contains(object ?? "")
        }
        // "100% of invoices sent within 2 days" limits each invoice, as a service verb would.
        let firstShare = tokens.indices.first { i in
            guard let a = amount(i), a.kind == .percent else { return false }
            return word(a.end) == "of"
        }
        let firstCue = min(firstServiceVerb ?? .max, firstShare ?? .max)
        var phrases: [TimePhrase] = []
        var i = 0
        while i < tokens.count {
            if let skip, skip.contains(i) {
                i = skip.upperBound
                continue
            }
            if let phrase = phrase(at: i, firstServiceCue: firstCue) {
                phrases.append(phrase)
                i = max(phrase.range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return phrases
    }

    /// The deadline among the phrases: the last one introduced by a preposition, else the last bare one.
    static func deadline(in phrases: [TimePhrase]) -> TimePhrase? {
        let deadlines = phrases.filter { !$0.isCondition }
        return deadlines.last(where: { $0.hasPreposition }) ?? deadlines.last
    }

    private func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }

    static let prepositions: WordSet = [
        "by", "before", "until", "till", "til", "in", "during", "within", "for", "on", "at", "through", "thru",
        "throughout", "over", "ahead", "no", "inside",
    ]

    private func phrase(at i: Int, firstServiceCue: Int?) -> TimePhrase? {
        guard let w = word(i) else {
            if let expression = expression(at: i, strongOnly: true) {
                return TimePhrase(range: i..<expression, isCondition: false, hasPreposition: false)
            }
            return nil
        }
        guard tokens[i].classes.contains(.phraseStarter) || Self.isQuarterOrHalf(w) else { return nil }
        if Self.prepositions.contains(w) {
            var j = i + 1
            if w == "no", word(j) == "later", word(j + 1) == "than" { j += 2 } else if w == "no" { return nil }
            if w == "ahead", word(j) == "of" { j += 1 } else if w == "ahead" { return nil }
            if Self.durationPrepositions.contains(w), let end = duration(at: j) {
                let isCondition = (w == "within" || w == "in" || w == "inside")
                    && serviceLevel(durationAt: j, phraseEnd: end, serviceVerbBefore: (firstServiceCue ?? .max) < i)
                if w == "over" || w == "for", !followsNext(j) { return nil }
                return TimePhrase(range: i..<end, isCondition: isCondition, hasPreposition: true)
            }
            if w == "over" { return nil }
            if let end = expression(at: j, strongOnly: false) {
                return TimePhrase(range: i..<end, isCondition: false, hasPreposition: true)
            }
            return nil
        }
        if let end = expression(at: i, strongOnly: true) {
            return TimePhrase(range: i..<end, isCondition: false, hasPreposition: false)
        }
        return nil
    }

    private func followsNext(_ j: Int) -> Bool { word(j) == "the" && Self.ahead.contains(word(j + 1) ?? "") }

    /// "90 days", "the next 6 months", "a week", "two quarters": the end of the duration phrase.
    private func duration(at start: Int) -> Int? {
        var j = start
        if word(j) == "the", Self.ahead.contains(word(j + 1) ?? "") || word(j + 1) == "first" { j += 2 }
        if Self.ahead.contains(word(j) ?? "") { j += 1 }
        if let k = amount(j), k.kind == .duration { return k.end }
        if let w = word(j), w == "a" || w == "an" || w == "one", let u = word(j + 1), let t = TimeUnit.names[u], u.count > 1,
            t != "ms", t != "seconds"
        {
            return j + 2
        }
        return nil
    }

    /// Whether "within 24 hours" limits each case (a service level) rather than dating the result.
    private func serviceLevel(durationAt j: Int, phraseEnd: Int, serviceVerbBefore: Bool) -> Bool {
        var k = j
        while amount(k) == nil, k < phraseEnd { k += 1 }
        // "within a day": the unit's own length.
        let unitLength = word(phraseEnd - 1).flatMap { TimeUnit.names[$0] }.flatMap { TimeUnit.secondsPer[$0] }
        guard let seconds = amount(k)?.seconds ?? unitLength else { return false }
        let day = 86400.0
        if seconds < day { return true }
        if seconds >= 14 * day { return false }
        if word(phraseEnd) == "of" || (phraseEnd < tokens.count && tokens[phraseEnd].isSymbol(",") && percentFollows(phraseEnd)) {
            return true
        }
        return serviceVerbBefore
    }

    private func percentFollows(_ i: Int) -> Bool {
        (i + 1..<min(tokens.count, i + 4)).contains { amount($0)?.kind == .percent }
    }

    /// A date or period starting at `start`, returning where it ends. Bare years and month names need a preposition.
    private func expression(at start: Int, strongOnly: Bool) -> Int? {
        var j = start
        if word(j) == "the" { j += 1 }
        if let w = word(j), Self.pointsInPeriod.contains(w) {
            var k = j + 1
            if word(k) == "of" { k += 1 }
            let named = k
            if word(k) == "the" { k += 1 }
            if let end = period(at: k, allowBare: true) ?? namedPeriod(at: named) { return end }
            if let w = word(k), Self.periodNames.contains(w) { return k + 1 }
            return nil
        }
        if strongOnly && j > start { return nil }
        if let end = period(at: j, allowBare: !strongOnly) { return end }
        if let end = namedPeriod(at: j), !strongOnly || word(j) == "this" || word(j) == "next" { return end }
        return nil
    }

    /// "this quarter", "next year", "the coming sprint", "the quarter", "the year".
    private func namedPeriod(at j: Int) -> Int? {
        var k = j
        if let w = word(k), Self.periodDeterminers.contains(w) { k += 1 }
        if let w = word(k), Self.periodQualifiers.contains(w) { k += 1 }
        if word(k) == "fiscal" || word(k) == "financial" { k += 1 }
        guard k > j, let w = word(k), Self.periodNames.contains(w) else { return nil }
        // "the first half of 2027", "the second quarter of FY27".
        if word(k + 1) == "of", let end = period(at: k + 2, allowBare: true) { return end }
        return k + 1
    }

    /// Every word that can open a time phrase: one lookup rules most words out.
    static let phraseStarters: WordSet = prepositions.union(pointsInPeriod).union(standalone)
        .union(periodDeterminers).union(periodQualifiers).union(periodNames).union(Vocabulary.months)
        .union(QuantityScanner.dayCounters)
        .union(["year", "quarter", "month", "week", "year-end", "quarter-end", "month-end", "mid-year", "midyear", "yearend"])

    static let calendars: WordSet = ["calendar", "fiscal", "financial"]
    static let singleObject: WordSet = ["the", "a", "an", "our", "my", "its", "this", "that", "their"]
    static let durationPrepositions: WordSet = ["within", "in", "inside", "over", "for", "during"]
    static let ahead: WordSet = ["next", "coming", "following"]
    static let pointsInPeriod: WordSet = ["end", "close", "start", "beginning", "middle", "mid"]
    static let periodDeterminers: WordSet = ["this", "next", "coming", "current", "following", "the"]
    static let periodQualifiers: WordSet = [
        "coming", "next", "current", "following", "fiscal", "calendar", "financial", "first", "second", "last",
    ]

    static let periodNames: WordSet = [
        "quarter", "year", "month", "half", "week", "sprint", "cycle", "period", "season", "semester", "term", "fy",
    ]

    /// A quarter, half, fiscal year, month, date or year: "Q3 2027", "H1", "FY27", "May 1", "Dec 2027", "2027".
    private func period(at j: Int, allowBare: Bool) -> Int? {
        if let k = amount(j), k.kind == .date {
            // "31 December 2027", "1st of May".
            var end = k.end
            if word(end) == "th" || word(end) == "st" || word(end) == "nd" || word(end) == "rd" { end += 1 }
            if word(end) == "of" { end += 1 }
            guard let month = word(end), Vocabulary.months.contains(month) else { return k.end }
            end += 1
            if let y = amount(end), y.kind == .year { end = y.end }
            return end
        }
        if let k = amount(j), k.kind == .year { return allowBare ? k.end : nil }
        guard let w = word(j) else { return nil }
        // "calendar Q1", "fiscal H2".
        if Self.calendars.contains(w), let next = word(j + 1), Self.isQuarterOrHalf(next) {
            return period(at: j + 1, allowBare: allowBare)
        }
        if Self.isQuarterOrHalf(w) || Self.standalone.contains(w) {
            var end = j + 1
            if let k = amount(end), k.kind == .year { end = k.end }
            if let next = word(end), next.hasPrefix("fy") || next.hasPrefix("cy") { end += 1 }
            if end < tokens.count, tokens[end].isSymbol("'"), end + 1 < tokens.count, tokens[end + 1].kind == .number { end += 2 }
            return end
        }
        if word(j + 1) == "end", Self.periodNames.contains(w) { return j + 2 }
        if w == "year-end" || w == "quarter-end" || w == "month-end" || w == "mid-year" || w == "midyear" || w == "yearend" {
            var end = j + 1
            if let k = amount(end), k.kind == .year { end = k.end }
            return end
        }
        if Vocabulary.months.contains(w), allowBare || amount(j + 1)?.kind == .date || amount(j + 1)?.kind == .year {
            // "May" alone is a month only after a preposition; "may" also means "might".
            var end = j + 1
            if let k = amount(end), k.kind == .date { end = k.end }
            if end < tokens.count, tokens[end].isSymbol(","), amount(end + 1)?.kind == .year { end += 1 }
            if let k = amount(end), k.kind == .year { end = k.end }
            return end
        }
        if QuantityScanner.dayCounters.contains(w), let k = amount(j + 1), k.kind == .date { return k.end }
        // "by Friday", "by summer 2027", "before launch": after a preposition only.
        if allowBare, Vocabulary.weekdays.contains(w) || Vocabulary.seasons.contains(w) || Vocabulary.events.contains(w) {
            var end = j + 1
            if let k = amount(end), k.kind == .year { end = k.end }
            return end
        }
        return nil
    }

    /// Words that name a period or a point in time on their own: "EOQ", "EOY", "FY27".
    static let standalone: WordSet = ["eoq", "eoy", "eom", "eow", "eoh", "ye", "qe"]

    /// "q3", "h1", "fy27", "fy2027", "cy27", "1h", "q3fy27".
    static func isQuarterOrHalf(_ w: String) -> Bool {
        let s = w.utf8
        guard s.count >= 2, let first = s.first else { return false }
        let second = s[s.index(after: s.startIndex)]
        // Only words starting q, h, f or c can name a period; most words leave here.
        guard first == 113 || first == 104 || first == 102 || first == 99 else { return false }
        let digits = s.dropFirst(2).allSatisfy { $0 >= 48 && $0 <= 57 }
        if first == 113 || first == 104, second >= 49, second <= 52 {  // q1-q4, h1-h4
            return s.count == 2 || digits || w.dropFirst(2).hasPrefix("fy")
        }
        if w.hasPrefix("fy") || w.hasPrefix("cy"), s.count == 4 || s.count == 6, digits { return true }
        return false
    }
}
