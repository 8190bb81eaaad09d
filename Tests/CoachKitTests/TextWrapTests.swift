import CoachKit
import Testing

/// Wrapping measures display columns: CJK and emoji take two, combining marks none, and no line runs past the edge.
struct TextWrapTests {
    @Test func wideCharactersAndEmojiTakeTwoColumnsAndMarksNone() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("顧客") == 4)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    static let text = "初回応答時間を6時間から2時間に短縮して、サポートを顧客が残る理由にする 🚀🚀 while the English words "
        + "around it must wrap at spaces, never inside a word, and a very long link https://example.com/okr/2027/q1/"
        + "support/first-response-time/dashboard stays whole when it fits"

    @Test(arguments: [20, 40, 60, 100])
    func noLineRunsPastTheEdge(width: Int) {
        let wrapped = TextWrap.wrap(Self.text, width: width, hanging: 2)
        for line in wrapped.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "\(line) is \(DisplayWidth.of(line)) columns")
        }
        // Every English word comes through whole.
        let words = Set(wrapped.split(whereSeparator: \.isWhitespace).map(String.init))
        for word in ["English", "wrap", "spaces,", "never", "inside", "word,"] { #expect(words.contains(word)) }
    }
}
