import Foundation
import Testing

/// `okr-coach practice` through a pipe, one answer per line, as a facilitator checks a worksheet in one go.
@Suite struct PracticeCommandTests {
    /// A prompts directory holding only the tests' small practice bank.
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CoachKitTests/Fixtures/practice").path

    @Test func aWorksheetThroughAPipeIsJudgedLineByLineAndSaved() throws {
        let home = try Binary.temporaryHome()
        let answers = "Raise CSAT from 82% to 90% by June 30\nWork on it\n/skip\n"
        let result = try Binary.run(["practice", "--topic", "measurable", "--prompts", fixtures], input: answers, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Exercise measurable-01"))
        #expect(result.stdout.contains("Passed on the first try."))
        #expect(result.stdout.contains("Still wrong: The key result has nothing to measure."))
        #expect(result.stdout.contains("Skipped measurable-02."))
        #expect(result.stdout.contains("Measurable key results: 1 of 2 passed, 1 on the first try."))
        #expect(!result.stdout.contains("baselines-01"), "--topic keeps to one topic")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("practice.json").path))
    }

    @Test func theSameSeedGivesTheSameRun() throws {
        let home = try Binary.temporaryHome()
        let runs = try (0..<2).map { _ in
            try Binary.run(["practice", "--seed", "42", "--prompts", fixtures], input: "/quit\n", home: home).stdout
        }
        #expect(runs[0] == runs[1])
        #expect(runs[0].contains("Practice stopped"))
    }

    @Test func anUnknownTopicIsAClearErrorWithExitStatus2() throws {
        let result = try Binary.run(["practice", "nope", "--prompts", fixtures], home: try Binary.temporaryHome())
        #expect(result.status == 2)
        #expect(result.stderr.contains("There is no practice topic “nope”. Topics: measurable, baselines."))
    }
}
