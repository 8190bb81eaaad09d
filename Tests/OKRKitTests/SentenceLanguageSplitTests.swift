import Testing

@testable import OKRKit

/// `SentenceLanguage` splits a text whose characters are each one scalar by scalars, several times faster than by
/// characters (issue 11); whether a key result is read as English must not change for it, so every text must split
/// as the split by characters splits it.
struct SentenceLanguageSplitTests {
    /// The split by characters: the lower-cased runs of letters, digits, apostrophes and hyphens.
    static func byCharacters(_ text: String) -> [String] {
        ReadingLimit.readable(text).lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }
            .map(String.init)
    }

    @Test(arguments: [
        "Grow revenue 20% by Q3", "Réduire le churn de 5 % à 3 %", "Cut cost from €1.2M to £900k — by March",
        "Raise İstanbul NPS", "Lift e\u{301}quipe NPS", "한국어 매출 20% 증가", "Ship 👩‍💻 onboarding in 🇫🇷",
        "ΟΔΟΣ ΣΑΣ", "Raise NPS\r\nby Q3", "x\u{200D}y", "½ of ²tickets", "team’s NPS", "ǅ revenue", "ﾊﾞ ｶﾞ",
    ])
    func splitsAsCharactersDo(_ text: String) {
        #expect(SentenceLanguage.words(of: text) == Self.byCharacters(text))
    }

    /// Random texts mixing ASCII with letters, marks, joiners, spaces and symbols from all of Unicode.
    @Test func splitsRandomTextsAsCharactersDo() {
        let seed = UInt64.random(in: 1...999_999)
        var generator = SplitMix64(seed: seed)
        let common = Array("aZ9 '-.,\r\n€£—’é".unicodeScalars)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                if Bool.random(using: &generator), let any = Unicode.Scalar(UInt32.random(in: 0x80...0x2FFFF, using: &generator)) {
                    scalars.append(any)
                } else {
                    scalars.append(common[Int.random(in: 0..<common.count, using: &generator)])
                }
            }
            let text = String(scalars)
            if SentenceLanguage.words(of: text) != Self.byCharacters(text) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "seed \(seed): \(mismatches.prefix(5).map { $0.unicodeScalars.map { $0.value } })")
    }
}
