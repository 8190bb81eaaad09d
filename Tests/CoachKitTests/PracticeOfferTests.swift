import CoachKit
import Foundation
import OKRKit
import Testing

/// The guided draft offers one exercise when a rule not yet mastered has fired in three answers.
@Suite struct PracticeOfferTests {
    /// A draft of four key results with nothing to measure; what the coach said after each line.
    private func draftWithoutNumbers(_ home: URL) throws -> [String] {
        let (coach, _) = try makeCoach(home: home)
        coach.promptsDirectory = practiceFixtures
        let lines = ["/new t", "", "", "Make onboarding effortless for new customers", "ok"]
            + ["Improve satisfaction", "Make churn lower", "Get more happy users", "Grow revenue"].flatMap { [$0, "", "", "ok"] }
        return lines.map { coach.handle($0).replies.map(\.plainText).joined(separator: "\n") }
    }

    private let offer = "That is the third time for kr-no-number. When you have a minute, /practice measurable has exercises on it."

    @Test func theThirdSightingOffersAnExerciseOnce() throws {
        let said = try draftWithoutNumbers(try temporaryDirectory())
        let offers = said.enumerated().filter { $0.element.contains(offer) }
        #expect(offers.count == 1, "\(said)")
        let firstOffer = try #require(offers.first?.offset)
        #expect(said[..<firstOffer].filter { $0.contains("The key result has nothing to measure.") }.count == 2)
    }

    @Test func aMasteredRuleBringsNoOffer() throws {
        let home = try temporaryDirectory()
        var progress = PracticeProgress()
        let bank = try PracticeBank.load(overrides: practiceFixtures)
        for exercise in bank.exercises(topic: "measurable") { progress.record(exercise, attempts: 1, passed: true) }
        try PracticeStore(directory: DataDirectory(url: home)).save(progress)
        #expect(try !draftWithoutNumbers(home).contains { $0.contains("third time") })
    }
}
