/// Reads key-result sentences as people write them into a `Reading`, without regular expressions or models.
///
/// "Raise week-one activation from 50% to 65% by end of Q2 (confidence 5/10)" reads as: increase
/// "week-one activation" from 50 to 65 "%", deadline "by end of Q2", confidence 5. It never fails: text it cannot
/// make sense of gives a reading with `nil` parts.
public enum KeyResultReader {
    /// Reads one key-result sentence.
    public static func read(_ text: String) -> Reading {
        let analysis = SentenceAnalysis(text)
        var reading = Reading()
        reading.confidence = analysis.confidence?.value
        reading.deadline = analysis.deadline.map { analysis.text($0.range) }
        return reading
    }

    /// The amounts in any text (an objective, a key result), left to right, with their kinds.
    ///
    /// A stated confidence ("(confidence 5/10)") is not an amount. Numbers that date the text ("by 2027",
    /// "by March 31", "2027-03-31") come back as `.year` or `.date`, so `isMeasure` tells what makes a text
    /// measurable: "Grow revenue 20% by 2027" has one measure, "Win the market in 2027" none.
    public static func quantities(in text: String) -> [Quantity] {
        SentenceAnalysis(text).quantities.map(\.quantity)
    }
}
