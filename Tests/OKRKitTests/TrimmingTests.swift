import OKRKit
import Testing

/// Trimming keeps every character that is not white space, whatever sits beside the spaces.
@Suite struct TrimmingTests {
    @Test(arguments: [
        ("  Raise NPS  ", "Raise NPS"),
        ("\t\u{00A0}café\u{2003} ", "café"),
        (" \u{301}team", "\u{301}team"),
        ("team \u{301}", "team \u{301}"),
        ("   ", ""),
        ("", ""),
    ])
    func trimsWhiteSpaceScalarsOnly(text: String, trimmed: String) {
        #expect(Array(text.trimmingSpaces().unicodeScalars) == Array(trimmed.unicodeScalars))
    }
}
