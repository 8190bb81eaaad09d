import Foundation
import OKRKit
import Testing

@Suite struct ReaderRobustnessTests {
    /// Pieces people (and attackers) type, glued at random.
    static let fragments: [String] = [
        "Increase", "reduce", "keep", "from", "to", "by", "of", "at", "above", "under", "within", "between", "and",
        "the end of", "Q3", "H1", "EOQ", "FY27", "May", "March 31", "2027-03-31", "in 2027", "this quarter", "week",
        "15", "1.5", "100,000", "$100.000", "1,5", "250K", "$1.2M", "3bn", "€40k", "70+", "20/month", "9h", "2x", "10×",
        "x", "double", "half", "in half", "twenty-five", "a dozen", "20-25%", "%", "percent", "pts", "pp", "USD", "£",
        "¥", "ms", "hours", "days", "(confidence 5/10)", "confidence:", "0.5", "[7/10]", "50% confident", "/", "→",
        "->", "-", "–", "+", "(", ")", "[", "]", ",", ".", ":", ";", "$$$", "1e999", "99999999999999999999999",
        "0.0000000001", "-0", "..", ",,", "1,2,3", "1.2.3", "v2.0.1", "24/7", "\u{0}", "\u{7}", "\u{1B}[31m", "\t", "\n",
        "\r\n", "🚀", "👩‍👩‍👧", "🇺🇸", "מכירות", "زيادة الإيرادات", "\u{202E}", "\u{200B}", "e\u{301}", "\u{301}\u{301}",
        "Ω", "ß", "İ", "ﬁ", "１００", "％", "٣", "𝟘", "\u{FEFF}", "NaN", "inf", "-inf", "∞", "'", "’", "\"", "\\",
        "of the time", "or more", "at least", "no more than", "per", "a", "an", "5/0", "0/0", "10/10", "11/10",
        "don't let", "sprint", "50 bps", "the low 30s", "7-day", "45m", "KR1:", "1)", "while keeping", "by a third",
        "31.12.2027", "3/31", "by Friday", "LTV:CAC", "avg.", "95th", "1\u{202F}000", "year over year", "x1e999",
    ]

    static func randomText(_ g: inout SplitMix64) -> String {
        let count = Int.random(in: 0...14, using: &g)
        var text = ""
        for _ in 0..<count {
            let piece = fragments.randomElement(using: &g) ?? ""
            let glue = Int.random(in: 0...3, using: &g)
            text += glue == 0 ? piece : " " + piece
        }
        return text
    }

    @Test func neverFailsOnRandomOrHostileText() throws {
        var g = SplitMix64(seed: 20_270_331)
        let encoder = JSONEncoder()
        for round in 0..<4000 {
            let text = Self.randomText(&g)
            let reading = KeyResultReader.read(text)
            let quantities = KeyResultReader.quantities(in: text)
            for v in [reading.baseline, reading.target, reading.change, reading.targetUpper].compactMap({ $0 }) {
                #expect(v.isFinite, "round \(round): \(text.debugDescription)")
            }
            #expect(quantities.allSatisfy { $0.value.isFinite && ($0.upper?.isFinite ?? true) }, "round \(round)")
            if let c = reading.confidence { #expect((0...10).contains(c), "round \(round): \(text.debugDescription)") }
            if let deadline = reading.deadline {
                #expect(Self.scalars(of: text, contain: deadline), "round \(round): \(text.debugDescription)")
            }
            if let metric = reading.metric { #expect(!metric.isEmpty, "round \(round)") }
            _ = try encoder.encode(reading)
            _ = try encoder.encode(quantities)
        }
    }

    /// Whether `text` holds `part` scalar for scalar (a phrase may end inside a grapheme cluster).
    static func scalars(of text: String, contain part: String) -> Bool {
        let a = Array(text.unicodeScalars), b = Array(part.unicodeScalars)
        guard b.count <= a.count else { return false }
        return (0...(a.count - b.count)).contains { a[$0..<($0 + b.count)].elementsEqual(b) }
    }

    @Test(arguments: [
        "", " ", "\n\n\t", "$$$", "1e999", "99999999999999999999999", "%%%", "+++", "(((", "→→→", "confidence", "(confidence /10)",
        "from to by of", "by", "1/", "/1", "-", "0", "٣٠٪", String(repeating: "9", count: 5000), String(repeating: "1,000", count: 500),
        "🚀🚀🚀 to the moon 🌕 by Q3", "\u{202E}esaercnI NPS from 30 to 50", "Increase\u{0}NPS\u{0}from\u{0}30\u{0}to\u{0}50",
    ])
    func neverFailsOnEdgeCases(_ text: String) throws {
        let reading = KeyResultReader.read(text)
        _ = try JSONEncoder().encode(reading)
        _ = KeyResultReader.quantities(in: text)
    }

    @Test func readsAMegabyteWithoutFailing() throws {
        let sentence = "Raise week-one activation from 50% to 65% by end of Q2 (confidence 5/10) 🚀 "
        let text = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count + 1)
        let reading = KeyResultReader.read(text)
        #expect(reading.baseline == 50)
        _ = try JSONEncoder().encode(reading)
    }

    @Test func encodesAbsentPartsAsNull() throws {
        let data = try JSONEncoder().encode(KeyResultReader.read("Improve brand recognition"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["direction", "metric", "baseline", "target", "change", "unit", "deadline", "confidence"] {
            #expect(object.keys.contains(key), "\(key)")
        }
        #expect(object["baseline"] is NSNull)
        #expect(object["metric"] as? String == "brand recognition")
        let decoded = try JSONDecoder().decode(Reading.self, from: data)
        #expect(decoded == KeyResultReader.read("Improve brand recognition"))
    }
}
