/// A text with the place of each of its words, to quote a run of words back as the person wrote it.
struct WrittenText: Sendable {
    /// The text, as UTF-8.
    let text: [UInt8]
    /// Where each word is, in the order `TermAnalyzer.words` gives them.
    let ranges: [Range<Int>]

    /// The places of a text's words, as `split` found them.
    init(_ split: WordSplit) {
        text = split.source
        ranges = split.ranges
    }

    /// Whether the words between two runs join them into one phrase: at most one word, not a number, and no
    /// punctuation that ends a clause ("cost per lead" joins; "churn, NPS" and "Hire 25 engineers" do not).
    func joins(after end: Int, before start: Int) -> Bool {
        guard end <= start, start - end <= 1, end > 0, start < ranges.count else { return false }
        if end < start, text[ranges[end].lowerBound].isASCIIDigit { return false }
        let between = text[ranges[end - 1].upperBound..<ranges[start].lowerBound]
        return !between.contains { Self.clauseEnds.contains($0) }
    }

    /// The text from the first word of `words` to the last, with what stands between: "cost per lead",
    /// "on-time delivery", "LTV:CAC".
    func phrase(_ words: Range<Int>) -> String {
        guard let first = words.first, let last = words.last, first >= 0, last < ranges.count else { return "" }
        return String(decoding: text[ranges[first].lowerBound..<ranges[last].upperBound], as: UTF8.self)
    }

    /// The punctuation that ends a clause.
    private static let clauseEnds: Set<UInt8> = Set(",;:.!?()".utf8)
}

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    fileprivate var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}
