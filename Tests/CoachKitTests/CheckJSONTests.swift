import CoachKit
import Foundation
import Testing

@Suite struct CheckJSONTests {
    private func text(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        body(&writer)
        return String(decoding: writer.joined, as: UTF8.self)
    }

    @Test func numbersAreWrittenInFullAndAbsentValuesAsNull() throws {
        let text = text { json in
            json.object { json in
                json.number(250_000, key: "big")
                json.number(-42, key: "negative")
                json.number(1.5, key: "rate")
                json.number(0.001, key: "tiny")
                json.number(nil, key: "none")
                json.number(.nan, key: "nan")
                json.string(nil, key: "text")
            }
        }
        #expect(text.contains("\"big\": 250000,"))
        #expect(text.contains("\"negative\": -42,"))
        #expect(text.contains("\"rate\": 1.5,"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["tiny"] as? Double == 0.001)
        #expect(parsed["none"] is NSNull && parsed["nan"] is NSNull && parsed["text"] is NSNull)
    }

    @Test func stringsSurviveQuotesControlCharactersAndAnyUnicode() throws {
        let tricky = "He said \"ship it\" \\ \n\t\u{1}\u{7F} — 🚀 ünïcode"
        let text = text { json in
            json.array { json in
                json.string(tricky)
                json.object { _ in }
                json.array { _ in }
            }
        }
        #expect(text == "[\n  \"He said \\\"ship it\\\" \\\\ \\n\\t\\u0001\\u007f — 🚀 ünïcode\",\n  {},\n  []\n]")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
        #expect(parsed.first as? String == tricky)
    }

    @Test func everyCharacterThatNeedsEscapingIsFoundWhereverItSits() throws {
        // Strings are scanned eight bytes at a time: put each special character at every offset of long runs.
        let specials: [Character] = ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", "🚀", " ", "~"]
        for special in specials {
            for length in [1, 7, 8, 9, 16, 23] {
                for offset in 0..<length {
                    var characters = Array(repeating: Character("a"), count: length)
                    characters[offset] = special
                    let value = String(characters)
                    let text = text { $0.array { $0.string(value) } }
                    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
                    #expect(parsed == [value], "\(value.debugDescription)")
                }
            }
        }
    }

    @Test func keysKeepTheirOrderAndNestingIsIndentedByTwoSpaces() {
        let text = text { json in
            json.object { json in
                json.array(key: "objectives") { json in json.number(1) }
                json.object(key: "summary") { json in json.string("x", key: "a") }
            }
        }
        #expect(text == "{\n  \"objectives\": [\n    1\n  ],\n  \"summary\": {\n    \"a\": \"x\"\n  }\n}")
    }

    @Test func aLongArrayWrittenOnAllCoresIsTheSameAsOneWrittenInOrder() {
        let items = Array(0..<1_000)
        let parallel = text { json in json.object { json in json.array(key: "items", items) { json, n in json.number(Double(n)) } } }
        let serial = text { json in
            json.object { json in json.array(key: "items") { json in for n in items { json.number(Double(n)) } } }
        }
        #expect(parallel == serial)
        #expect(text { json in json.array([Int]()) { _, _ in } } == "[]")
    }
}
