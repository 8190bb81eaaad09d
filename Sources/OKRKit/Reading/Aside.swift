/// Text typed to the coach that is neither an objective nor a key result: a question, or a progress update on a
/// key result already written. Told from its first words and its shape, so it is never added to the set.
public enum Aside: Equatable, Sendable {
    /// "How do I track progress during the quarter?"
    case question
    /// "Week 6: first response time is now 3 hours."
    case statusUpdate

    /// What `text` is, when it is one of these.
    public static func of(_ text: String) -> Aside? {
        let words = WordList(String(ReadingLimit.readable(text))).words
        guard let first = words.first else { return nil }
        if text.trimmingSpaces().hasSuffix("?") { return .question }
        if questionStarts.contains(first), let second = words.dropFirst().first, questionSeconds.contains(second) {
            return .question
        }
        if reportStarts.contains(first), words.count > 1,
            words[1].startsWithNumber || first == "update" || first == "status" || first == "progress"
        {
            return .statusUpdate
        }
        // "First response time is now 3 hours": a value reported. A sentence that opens with its verb ("Grow ARR
        // to $2M, now at $1.2M") sets a target, whatever it says of today; it is read only when a value is reported.
        let reports = words.indices.dropLast().contains { index in
            reportMarkers.contains(words[index])
                && (reportMarkerFollowers.contains(words[index + 1]) || words[index + 1].startsWithNumber)
        }
        guard reports else { return nil }
        if let verb = KeyResultReader.read(text).verb, words.prefix(3).contains(verb) { return nil }
        return .statusUpdate
    }

    /// Words that open a question ("how do", "what is", "should we").
    private static let questionStarts: WordSet = [
        "how", "what", "whats", "why", "when", "where", "which", "who", "should", "can", "could", "do", "does", "is",
        "are", "would",
    ]
    /// The word after an opener that makes it a question rather than a sentence: "how do", not "how customers".
    private static let questionSeconds: WordSet = [
        "do", "does", "did", "is", "are", "was", "should", "can", "could", "would", "will", "to", "i", "we", "you",
        "it", "a", "an", "my", "our", "the", "makes", "counts", "happens", "many", "much", "often", "long",
    ]
    /// Words that open a progress report: "Week 6: …", "Update: …", "Day 30: …".
    private static let reportStarts: WordSet = ["week", "wk", "day", "month", "sprint", "update", "status", "progress"]
    /// "is now 3 hours", "currently at 40%", "so far 12": a value reported, not a target set.
    private static let reportMarkers: WordSet = ["now", "currently", "far", "stands", "landed", "reached"]
    private static let reportMarkerFollowers: WordSet = ["at", "is", "are", "sits", "stands", "we", "on"]
}
