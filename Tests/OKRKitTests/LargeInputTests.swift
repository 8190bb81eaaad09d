import OKRKit
import Testing

/// Long and hostile texts: the reader reads the opening of anything longer than `ReadingLimit` and still gets it
/// right, and the rules judge what was read.
@Suite struct LargeInputTests {
    static let sentence = "Raise NPS from 45 to 70 by end of Q3"

    /// `sentence` followed by `piece` repeated to about a megabyte.
    static func megabyte(after sentence: String, of piece: String) -> String {
        sentence + " " + String(repeating: piece, count: 1_048_576 / piece.utf8.count)
    }

    @Test(arguments: ["1,", "1 ", "from 1 to 2 ", "2x ", "(", "$", "by Q3 ", "%", "1.", "from ", "**", "e\u{301}", "🚀",
        "one hundred and ", "(confidence 7/10) ", "1\u{202F}", "without 1 ", "10 to 20 to "])
    func aLongKeyResultStillReadsItsOpening(piece: String) {
        let reading = KeyResultReader.read(Self.megabyte(after: Self.sentence, of: piece))
        #expect(reading.direction == .increase, "\(piece)")
        #expect(reading.baseline == 45, "\(piece)")
        #expect(reading.target == 70, "\(piece)")
        #expect(reading.metric == "NPS", "\(piece)")
    }

    @Test func numbersPastTheLimitAreNotRead() {
        let filler = String(repeating: "customers ", count: ReadingLimit.characters / 10)
        let reading = KeyResultReader.read("Raise NPS " + filler + "from 45 to 70")
        #expect(reading.baseline == nil)
        #expect(reading.target == nil)
        #expect(reading.metric?.hasPrefix("NPS customers") == true)
    }

    @Test func theLimitNeverCutsANumberInPart() {
        // The limit falls inside "123456": the number is left out whole, not read as "1234".
        let text = String(repeating: "a ", count: ReadingLimit.characters / 2 - 2) + "123456 users"
        #expect(ReadingLimit.isExceeded(by: text))
        #expect(ReadingLimit.readable(text).unicodeScalars.count == ReadingLimit.characters - 5)
        #expect(KeyResultReader.quantities(in: text).isEmpty)
        // Within the limit the same number is read in full.
        #expect(KeyResultReader.quantities(in: "a a 123456 users").map(\.value) == [123_456])
    }

    @Test func aTextWithinTheLimitIsReadWhole() {
        let text = String(repeating: "x", count: ReadingLimit.characters - 11) + " 40 to 55 %"
        #expect(text.unicodeScalars.count == ReadingLimit.characters)
        #expect(!ReadingLimit.isExceeded(by: text))
        #expect(KeyResultReader.quantities(in: text).map(\.value) == [40, 55])
    }

    @Test func aRunOfDigitGroupsReadsAsItsFirstGroup() {
        #expect(KeyResultReader.quantities(in: "Sign 1,000,000,000,000,000,000 users").first?.value == 1e18)
        let run = String(repeating: "1,", count: 300) + "1 users"
        #expect(KeyResultReader.quantities(in: "Sign " + run).first?.value == 1)
        #expect(KeyResultReader.quantities(in: "Sign " + String(repeating: "2.", count: 300) + "5").first?.value == 2)
    }

    @Test func aRunOfNumberWordsIsReadInBoundedPieces() {
        #expect(KeyResultReader.quantities(in: "Hire one hundred and twenty engineers").first?.value == 120)
        let run = String(repeating: "one hundred and ", count: 60) + "engineers"
        let quantities = KeyResultReader.quantities(in: "Hire " + run)
        #expect(!quantities.isEmpty)
        #expect(quantities.allSatisfy { $0.value.isFinite })
    }

    @Test func aLongKeyResultIsFlaggedAndStillChecked() {
        let text = Self.megabyte(after: Self.sentence, of: "1,")
        let objective = Objective(text: "Make our support the reason customers stay", keyResults: [KeyResult(text: text)])
        let report = CheckEngine().check([objective], cycle: nil)
        let keyResult = report.objectives[0].keyResults[0]
        let tooLong = keyResult.findings.first { $0.rule == "kr-too-long" }
        #expect(tooLong?.values["length"] == "1,048,613")
        #expect(tooLong?.values["limit"] == "1000")
        #expect(keyResult.reading.target == 70)
        #expect(!keyResult.findings.contains { $0.rule == "kr-no-number" || $0.rule == "kr-no-baseline" })
    }

    @Test func aLongObjectiveStillShowsItsNumberWithoutARewrite() {
        let text = Self.megabyte(after: "Grow revenue by 30% this year", of: "and more ")
        let objective = Objective(text: text, keyResults: [KeyResult(text: Self.sentence)])
        let finding = CheckEngine(catalog: .standard.only(["objective-has-metric"])).check([objective], cycle: nil)
            .objectives[0].findings.first
        #expect(finding?.values["quantity"] == "30%")
        #expect(finding?.rewrite == nil)
    }

    @Test func aRunOfEmphasisMarkersIsStripped() {
        let outline = OutlineParser.parse("Objective: Delight buyers\n- " + String(repeating: "**", count: 300_000) + "\n")
        #expect(outline.objectives.first?.keyResults.isEmpty == true)
        #expect(outline.diagnostics.contains { $0.problem == .emptyKeyResult })
        let bold = OutlineParser.parse("Objective: Delight buyers\n- **Raise NPS from 45 to 70**\n")
        #expect(bold.objectives.first?.keyResults.first?.text == "Raise NPS from 45 to 70")
    }
}
