/// Rewrites a key result in the shape "Raise weekly active users from <today> to 24,000 by end of Q3", keeping
/// the person's metric, unit and deadline, and their verb when it points the way the metric moves, and leaving
/// placeholders for what is missing. A candidate only: `RewriteProof` decides whether it is offered.
struct KeyResultRewrite {
    /// Which way the rewrite moves the metric: the reading's, or the way its verb, bound or metric points.
    var direction: Direction
    /// The person's own first word when it names a move the way `direction` goes ("Cut", "Grow").
    private var ownVerb: String?
    var metric: String
    /// The values as written: a number, or a placeholder.
    var baseline: String
    var target: String
    var deadline: String
    /// The unit the values are stated in ("%", "$", "days", "visits"), and the period of a rate ("a month").
    var unit: String? {
        didSet { counts = unit.map { !Self.isMeasure($0) } ?? false }
    }
    private var per: String?
    /// Whether the values count things ("30 customer testimonials"), rather than measure a rate, time or amount.
    private var counts: Bool

    /// A rewrite of a key result from what was read; missing parts become placeholders.
    init(_ subject: borrowing KeyResultSubject) {
        let reading = subject.reading
        direction = Self.direction(of: reading)
        ownVerb = subject.words.afterFiller.first.map { first in first.prefix(1).uppercased() + first.dropFirst() }
        let metric = reading.metric.flatMap { $0.isEmpty ? nil : Self.asObject($0, in: subject.text) } ?? "<metric>"
        self.metric = metric
        // "Get 30 customer testimonials": a count of what the metric names is stated once, in the metric.
        let countsMetric = reading.unit.map { metric.lowercased().hasSuffix($0.lowercased()) } ?? false
        unit = countsMetric ? nil : reading.unit
        counts = reading.unit.map { !Self.isMeasure($0) } ?? false
        // "visits a month" keeps its period, unless the metric names it ("cost per month").
        per = (reading.per.map { "a \($0)" } ?? Self.period(in: subject.words)).flatMap { period in
            metric.lowercased().contains(period) ? nil : period
        }
        baseline = reading.baseline.map { PlainNumber.text($0) } ?? "<today>"
        target = reading.target.map { PlainNumber.text($0) } ?? "<target>"
        if let stated = reading.deadline, !stated.isEmpty {
            deadline = stated
        } else if let cycle = subject.cycle {
            deadline = "by end of \(cycle.label)"
        } else {
            deadline = "by <date>"
        }
    }

    /// Sets today's value and the target as numbers in the metric's unit, and the way the metric moves between them.
    mutating func state(baseline: Double, target: Double) {
        self.baseline = PlainNumber.text(baseline)
        self.target = PlainNumber.text(target)
        if baseline != target { direction = target < baseline ? .decrease : .increase }
    }

    /// Sets the target as a number in the metric's unit.
    mutating func state(target: Double) {
        self.target = PlainNumber.text(target)
    }

    /// The rewritten sentence: "Reduce time to first value from 30 days to 14 days by <date>". A unit written
    /// before the number ("$", "€") or joined to it ("%") goes on both values; a word unit ("days", "visits") goes
    /// on both when it is a time, else once after the target ("from 20,000 to 50,000 visits a month").
    var sentence: String {
        let verb = ownVerb.flatMap { Self.points($0, direction) ? $0 : nil } ?? Self.verb(for: direction, counts: counts)
        let from = (unit.map(Self.isMeasure) ?? false) ? baselineText : baseline
        return "\(verb) \(metric) from \(from) to \(targetText) \(deadline)".trimmingSpacesAndTabs()
    }

    /// Today's value with its unit: "101%", "30 days", "<today>".
    var baselineText: String { Self.valued(baseline, unit) }

    /// The target with its unit and period: "108%", "50,000 visits a month", "<target>".
    var targetText: String {
        let valued = Self.valued(target, unit)
        return per.map { "\(valued) \($0)" } ?? valued
    }

    /// Whether a unit measures (a percentage, a multiplier, a currency, a time) rather than names what is counted.
    private static func isMeasure(_ unit: String) -> Bool {
        unit == "%" || unit == "x" || unit.count == 1 || TimeUnit.secondsPer[unit] != nil
            || (unit.count == 3 && unit.allSatisfy(\.isUppercase))
    }

    /// The period a count is stated per, as written: "a month" in "50,000 visits a month", "per week", "each day".
    private static func period(in words: WordList) -> String? {
        let index = words.words.indices.dropLast().first { index in
            periodQualifiers.contains(words.words[index]) && periods.contains(words.words[index + 1])
        }
        return index.map { "\(words.words[$0]) \(words.words[$0 + 1])" }
    }

    /// The periods a count may be stated per, and the words that say "per" before them.
    private static let periods: WordSet = ["day", "week", "month", "quarter", "year"]
    private static let periodQualifiers: WordSet = ["a", "per", "each", "every"]

    /// A value with its unit, or a placeholder as it is.
    private static func valued(_ value: String, _ unit: String?) -> String {
        guard let unit, !value.hasPrefix("<") else { return value }
        if unit == "%" || unit == "x" { return value + unit }
        // Time units are reported in the plural ("days"); one of them is written in the singular: "1 day".
        if value == "1", unit != "ms", TimeUnit.secondsPer[unit] != nil { return "1 \(unit.dropLast())" }
        if unit.count == 1, unit.unicodeScalars.first?.properties.generalCategory == .currencySymbol { return unit + value }
        return "\(value) \(unit)"
    }

    /// The way the rewrite moves the metric: the reading's way, or for a level to reach, down for a ceiling
    /// ("under 14 days") or a metric better low (time, cost, churn), else up.
    private static func direction(of reading: Reading) -> Direction {
        switch reading.direction {
        case .increase: return .increase
        case .decrease: return .decrease
        case .maintain, .achieve, .none:
            if reading.bound == .atMost { return .decrease }
            if let metric = reading.metric, KeyResultReader.isLowerBetter(metric) { return .decrease }
            return .increase
        }
    }

    /// Whether a verb says the metric moves the given way: "Cut" goes down, "Grow" up; "Get" says neither.
    static func points(_ verb: String, _ direction: Direction) -> Bool {
        let word = verb.lowercased()
        switch direction {
        case .increase: return Vocabulary.increase.contains(word) && !Vocabulary.decrease.contains(word)
        case .decrease: return Vocabulary.decrease.contains(word) && !Vocabulary.increase.contains(word)
        case .maintain, .achieve: return false
        }
    }

    /// A verb for a direction: counts grow, other metrics are raised; anything falling is reduced.
    private static func verb(for direction: Direction, counts: Bool) -> String {
        if direction == .decrease { return "Reduce" }
        return counts ? "Grow" : "Raise"
    }

    /// The metric as the object of a verb: "Time to first value" at the start of a sentence becomes "time to
    /// first value"; "NPS" and "Google Ads" keep their capitals.
    private static func asObject(_ metric: String, in text: String) -> String {
        guard text.hasPrefix(metric), let first = metric.first, first.isUppercase else { return metric }
        let firstWord = metric.prefix { $0 != " " && $0 != "-" }
        guard firstWord.dropFirst().allSatisfy({ $0.isLowercase }) else { return metric }
        return first.lowercased() + metric.dropFirst()
    }
}
