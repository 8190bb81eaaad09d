/// How far a key result moves its metric, from what was read: used by the stretch rules.
struct Move {
    /// Where the metric starts, when known.
    var baseline: Double?
    /// Where it should end, when known (derived from a relative change when possible).
    var target: Double?
    /// The relative change as a fraction of today: 0.25 for "by 25%" or 40 → 50.
    var relative: Double?
    /// Whether the metric is a rate that cannot pass 100%.
    var isBoundedRate: Bool
    /// The top of the metric's scale when it has one: 100 for rates and NPS, 5 for star ratings, N for "out of N".
    var ceiling: Double?
    /// Whether the metric should go down.
    var isDecrease: Bool

    /// Reads the move of a key result; `nil` when no size can be told.
    init?(_ subject: borrowing KeyResultSubject) {
        let reading = subject.reading
        isDecrease = reading.direction == .decrease
            || (reading.baseline.flatMap { b in reading.target.map { $0 < b } } ?? false)
        baseline = reading.baseline
        target = reading.target
        let unit = reading.unit?.lowercased()
        isBoundedRate = unit == "%" && !Move.canPassHundred(subject.words)
            && (reading.baseline.map { (0...100).contains($0) } ?? true)
        ceiling = isBoundedRate ? 100 : Move.scaleCeiling(subject, baseline: reading.baseline, target: reading.target)
        if let b = reading.baseline, let t = reading.target, b != 0 {
            relative = abs(t - b) / abs(b)
        } else if let change = reading.change, reading.baseline == nil || reading.target == nil {
            switch unit {
            // "halve" is a multiplier of 0.5; "cut 3x" means to a third.
            case "x" where change > 0: relative = isDecrease ? (change < 1 ? 1 - change : 1 - 1 / change) : max(change - 1, 0)
            case "%": relative = change / 100
            default: relative = nil
            }
        } else {
            relative = nil
        }
        if relative == nil && target == nil { return nil }
    }

    /// The share of the remaining distance to the bottom or top of a bounded scale that the move closes:
    /// 82% → 83% closes 1/18; a 4.2 → 4.6 star rating closes half the way to 5.
    var shareOfGapClosed: Double? {
        guard let ceiling, let baseline, let target, baseline <= ceiling else { return nil }
        let gap = isDecrease ? baseline : ceiling - baseline
        guard gap > 0 else { return nil }
        return abs(target - baseline) / gap
    }

    /// How many times bigger (or smaller, for a decrease) the target is than today.
    var factor: Double? {
        guard let baseline, let target, baseline > 0, target > 0 else { return nil }
        return isDecrease ? baseline / target : target / baseline
    }

    /// The top of a scale the sentence names ("out of 5", "4.2/5") or implies (stars, NPS), if any.
    private static func scaleCeiling(_ subject: KeyResultSubject, baseline: Double?, target: Double?) -> Double? {
        let words = subject.words.words
        if let index = words.firstIndex(of: "out"), index + 2 < words.count, words[index + 1] == "of",
            let top = Double(words[index + 2]), top > 0
        {
            return top
        }
        let highest = max(baseline ?? 0, target ?? 0)
        // One pass over the words for both kinds of scale.
        var namesPromoters = false, namesRating = false
        for (index, word) in words.enumerated() {
            switch scaleWords[word] {
            case .promoters?: namesPromoters = true
            case .rating?: namesRating = true
            case nil: if word == "net", index + 1 < words.count, words[index + 1] == "promoter" { namesPromoters = true }
            }
        }
        if namesPromoters { return 100 }
        if namesRating {
            if highest <= 5 { return 5 }
            if highest <= 10 { return 10 }
        }
        return nil
    }

    /// The scales a word names: NPS runs to 100, a rating to 5 or 10.
    private enum Scale { case promoters, rating }

    private static let scaleWords: WordTable<Scale> = [
        "nps": .promoters, "enps": .promoters, "rating": .rating, "ratings": .rating, "stars": .rating, "star": .rating,
        "csat": .rating, "score": .rating, "review": .rating, "reviews": .rating,
    ]

    /// Rates that can pass 100%: net revenue retention, attainment of a plan, growth rates.
    private static func canPassHundred(_ words: WordList) -> Bool {
        unboundedRates.occurs(in: words)
    }

    private static let unboundedRates = PhraseList([
        "net revenue retention", "net dollar retention", "nrr", "ndr", "of plan", "of quota", "of target", "of goal",
        "attainment", "growth", "yoy", "year over year", "roi", "return on", "of budget", "roas", "utilization",
        "utilisation", "coverage ratio",
    ])
}
