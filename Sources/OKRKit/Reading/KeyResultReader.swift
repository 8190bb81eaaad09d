/// Reads key-result sentences as people write them into a `Reading`, without regular expressions or models.
///
/// "Raise week-one activation from 50% to 65% by end of Q2 (confidence 5/10)" reads as: increase
/// "week-one activation" from 50 to 65 "%", deadline "by end of Q2", confidence 5. It never fails: text it cannot
/// make sense of gives a reading with `nil` parts.
public enum KeyResultReader {
    /// Reads one key-result sentence.
    public static func read(_ text: String) -> Reading {
        read(SentenceAnalysis(text))
    }

    /// Reads a sentence already analysed, so a caller that also needs its amounts lexes it once.
    static func read(_ analysis: SentenceAnalysis) -> Reading {
        let verb = VerbFinder(analysis: analysis).find()
        let roles = AmountRoles(analysis: analysis, verb: verb)
        var reading = Reading()
        reading.verb = verb?.text
        reading.metric = MetricFinder(analysis: analysis).find(verb: verb, roles: roles)
        fillAmounts(&reading, roles)
        reading.direction = direction(verb: verb, reading: reading, roles: roles, span: analysis.frequencySpan)
        reading.confidence = analysis.confidence?.value
        reading.deadline = analysis.deadline.map { analysis.text($0.range) }
        reading.condition = analysis.conditions.first.map { analysis.text($0.range) }
        return reading
    }

    /// The confidence a text states ("(confidence 5/10)", "50% confident") on a 0 to 10 scale, reading nothing else.
    public static func confidence(in text: String) -> Double? {
        ConfidenceFinder(tokens: Lexer(text).tokens()).find()?.value
    }

    /// The amounts in any text (an objective, a key result), left to right, with their kinds.
    ///
    /// A stated confidence ("(confidence 5/10)") is not an amount. Numbers that date the text ("by 2027",
    /// "by March 31", "2027-03-31") come back as `.year` or `.date`, so `isMeasure` tells what makes a text
    /// measurable: "Grow revenue 20% by 2027" has one measure, "Win the market in 2027" none.
    public static func quantities(in text: String) -> [Quantity] {
        SentenceAnalysis(text).quantities.map(\.quantity)
    }

    /// Sets baseline, target, change and their unit, carrying a unit or magnitude written on one side only:
    /// "from 15 to 20%" starts at 15%, "from $40 to $60k" at $40k, "from 2 days to 4 hours" at 48 hours.
    private static func fillAmounts(_ reading: inout Reading, _ roles: AmountRoles) {
        let b = roles.baseline, t = roles.target, c = roles.change
        var baseline = b?.quantity.value
        var target = t?.quantity.value
        if let b, let t {
            // "from 2.125 to 3.5": beside a small decimal, a dot before three digits is a decimal point after all.
            if let decimal = b.decimalValue, t.decimalValue == nil, abs(b.quantity.value) > 100 * abs(t.quantity.value) {
                baseline = decimal
            }
            if let decimal = t.decimalValue, b.decimalValue == nil, abs(t.quantity.value) > 100 * abs(b.quantity.value) {
                target = decimal
            }
            if b.scale == nil, let scale = t.scale, fits(b.unscaledValue, t.unscaledValue) { baseline = b.unscaledValue * scale }
            if t.scale == nil, let scale = b.scale, fits(t.unscaledValue, b.unscaledValue) { target = t.unscaledValue * scale }
            if let bs = b.quantity.seconds, t.quantity.seconds != nil, let unit = t.quantity.unit,
                let per = TimeUnit.secondsPer[unit], b.quantity.unit != unit
            {
                baseline = bs / per
            }
        }
        reading.baseline = baseline
        reading.target = target
        reading.targetUpper = t?.quantity.upper
        reading.bound = t?.quantity.bound
        if let c {
            reading.change = abs(c.quantity.value)
            switch c.quantity.kind {
            case .percent: reading.changeKind = .relative
            case .multiplier: reading.changeKind = .multiplier
            default: reading.changeKind = .absolute
            }
        }
        // The unit belongs to the values; a change lends its unit to values without one ("20% from a 10k baseline"),
        // a multiplier only when it stands alone.
        if t != nil || b != nil {
            reading.unit = t?.quantity.unit ?? b?.quantity.unit ?? (reading.changeKind == .multiplier ? nil : c?.quantity.unit)
        } else {
            reading.unit = c?.quantity.unit
        }
        reading.per = [t, b, c].lazy.compactMap { $0?.quantity.per }.first
    }

    /// Whether an amount without a magnitude sits within a hundredfold of one with it ("40" beside "60k").
    private static func fits(_ plain: Double, _ scaled: Double) -> Bool {
        guard scaled > 0, plain > 0 else { return false }
        let ratio = plain / scaled
        return ratio >= 0.01 && ratio <= 100
    }

    /// The way the metric should move: from the numbers when both ends are given, else from cadences in words
    /// ("from weekly to daily") when the verb does not point, else from the verb, the sign,
    /// the multiplier, or, for "improve", from whether the metric is better low (time, cost, churn).
    private static func direction(
        verb: FoundVerb?, reading: Reading, roles: AmountRoles, span: FrequencySpan?
    ) -> Direction? {
        if verb?.direction == .maintain { return .maintain }
        // "Deploy frequency from weekly to daily": the cadences say the way when the verb does not.
        if let span, verb == nil || verb?.direction == .achieve, reading.baseline == nil, reading.target == nil {
            return span.direction
        }
        if let b = reading.baseline, let t = reading.target, b != t {
            // With negative values ("net burn from -$500k to -$200k") the verb's word outweighs the arithmetic.
            if b < 0 || t < 0, let verb, verb.direction == .increase || verb.direction == .decrease { return verb.direction }
            return t > b ? .increase : .decrease
        }
        if let c = roles.change, c.sign != 0, verb == nil || verb?.direction == .achieve { return c.sign > 0 ? .increase : .decrease }
        if let verb {
            if verb.direction == .achieve, reading.changeKind == .multiplier, let c = reading.change, c != 1 {
                return c < 1 ? .decrease : .increase
            }
            if verb.isImproving, let metric = reading.metric, isLowerBetter(metric) { return .decrease }
            return verb.direction
        }
        if reading.changeKind == .multiplier, let c = reading.change { return c < 1 ? .decrease : .increase }
        if reading.change != nil { return .increase }
        if reading.target != nil { return .achieve }
        return nil
    }

    /// Whether a metric's words name something better when lower: "page load time", "customer churn".
    static func isLowerBetter(_ metric: String) -> Bool {
        metric.lowercasedPieces { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
            .contains(where: Vocabulary.lowerIsBetter.contains)
    }
}
