import OKRKit
import Testing

/// The reader reads the numbers and dates of a sentence in another language, though not its words.
@Suite struct ForeignNumbersTests {
    @Test(arguments: [
        ("Steigerung des NPS von 32 auf 50", 32.0, 50.0, nil as String?),
        ("Steigerung des NPS von 32 bis 50", 32, 50, nil),
        ("Steigerung des NPS von 32 auf 50 bis Q3", 32, 50, "bis Q3"),
        ("NPSを35%から55%に上げる", 35, 55, nil),
        ("Churn von 2,1 % auf 1,5 % senken", 2.1, 1.5, nil),
        ("Hausse du NPS de 30 à 45 d'ici Q4", 30, 45, "d'ici Q4"),
    ])
    func theNumbersAndDatesAreRead(text: String, baseline: Double, target: Double, deadline: String?) {
        let reading = KeyResultReader.read(text)
        #expect(reading.baseline == baseline)
        #expect(reading.target == target)
        #expect(reading.deadline == deadline)
        #expect(reading.direction == (target > baseline ? .increase : .decrease))
    }

    @Test func aPercentageIsKeptAcrossScripts() {
        #expect(KeyResultReader.read("NPSを35%から55%に上げる").unit == "%")
        #expect(KeyResultReader.read("Churn von 2,1 % auf 1,5 % senken").unit == "%")
    }

    @Test(arguments: ["Achieve a 4.5-star rating on the App Store", "Raise NPS from 45 to 70 by Q3"])
    func englishIsReadAsBefore(text: String) {
        let reading = KeyResultReader.read(text)
        #expect(reading.metric?.isEmpty == false)
        #expect(reading.target != nil)
    }
}
