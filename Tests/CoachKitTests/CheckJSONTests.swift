import CoachKit
import Foundation
import Testing

@Suite struct CheckJSONTests {
    @Test func numbersAreWrittenInFullAndAbsentValuesAsNull() throws {
        let value = JSONValue.object([
            ("big", .number(250_000)), ("rate", .number(1.5)), ("tiny", .number(0.001)), ("none", .number(nil)),
            ("nan", .number(.nan)), ("text", .string(nil)),
        ])
        #expect(value.text.contains("\"big\": 250000"))
        #expect(value.text.contains("\"rate\": 1.5"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any])
        #expect(parsed["tiny"] as? Double == 0.001)
        #expect(parsed["none"] is NSNull && parsed["nan"] is NSNull && parsed["text"] is NSNull)
    }

    @Test func stringsSurviveQuotesControlCharactersAndAnyUnicode() throws {
        let tricky = "He said \"ship it\" \\ \n\t\u{1}\u{7F} — 🚀 ünïcode"
        let text = JSONValue.array([.string(tricky), .object([]), .array([])]).text
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
        #expect(parsed.first as? String == tricky)
    }

    @Test func keysKeepTheirOrder() {
        let text = JSONValue.object([("objectives", .array([])), ("findings", .array([])), ("summary", .object([]))]).text
        let objectives = text.range(of: "objectives"), summary = text.range(of: "summary")
        #expect(objectives != nil && summary != nil)
        if let objectives, let summary { #expect(objectives.lowerBound < summary.lowerBound) }
    }
}
