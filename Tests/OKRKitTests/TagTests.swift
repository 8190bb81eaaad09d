@testable import OKRKit
import Testing

@Suite struct TagTests {
    @Test(arguments: [
        ("Ship a reliable platform [committed]", "Ship a reliable platform", ObjectiveKind?.some(.committed)),
        ("Delight customers (Aspirational)", "Delight customers", .aspirational),
        ("[committed] Keep the lights on", "Keep the lights on", .committed),
        ("Grow revenue", "Grow revenue", nil),
        ("Grow [committedly] revenue", "Grow [committedly] revenue", nil),
    ])
    func readsTheKindTag(line: String, text: String, kind: ObjectiveKind?) {
        #expect(KindTag.split(line) == (text, kind))
    }

    @Test(arguments: [
        ("Raise NPS to 60 (confidence 6/10)", "Raise NPS to 60", Double?.some(6)),
        ("Raise NPS to 60 (conf 0.7)", "Raise NPS to 60", 7),
        ("Raise NPS to 60 (50% confident)", "Raise NPS to 60", 5),
        ("Raise NPS to 60 (by end of Q3)", "Raise NPS to 60 (by end of Q3)", nil),
        ("Raise NPS to 60", "Raise NPS to 60", nil),
    ])
    func readsTheConfidenceTag(line: String, text: String, confidence: Double?) {
        let split = ConfidenceTag.split(line)
        #expect(split.text == text)
        #expect(split.confidence == confidence)
    }

    @Test func theDocumentedFormIsReadByItsBytesExactlyAsTheReaderReadsIt() {
        for value in 0...10 {
            let group = "(confidence \(value)/10)"
            #expect(ConfidenceTag.canonical(Substring(group)) == Double(value))
            #expect(KeyResultReader.confidence(in: group) == Double(value))
        }
        // Anything else is left to the reader.
        for group in ["(confidence 11/10)", "(Confidence 7/10)", "(confidence 7.5/10)", "(confidence  7/10)",
                      "(confidence 7 / 10)", "(confidence /10)", "(confidence 7/100)", "(confidence 123/10)"] {
            #expect(ConfidenceTag.canonical(Substring(group)) == nil, "\(group)")
        }
        #expect(ConfidenceTag.split("Raise NPS (Confidence 7.5/10)").confidence == KeyResultReader.confidence(in: "(Confidence 7.5/10)"))
    }

    @Test(arguments: [(7.0, "7/10"), (6.5, "6.5/10"), (0, "0/10"), (1e19, "1e+19/10"), (-1e300, "-1e+300/10"),
                      (.infinity, "inf/10"), (.nan, "nan/10")])
    func formatsAnyConfidenceWithoutTrapping(value: Double, text: String) {
        #expect(ConfidenceTag.format(value) == text)
    }

    @Test(arguments: [("7", Double?.some(7)), ("7/10", 7), ("0.7", 7), ("70%", 7), ("10", 10), ("0", 0),
                      ("11", nil), ("-1", nil), ("seven", nil), ("", nil), ("nan", nil)])
    func readsABareConfidence(text: String, value: Double?) {
        #expect(ConfidenceTag.value(text) == value)
    }
}
