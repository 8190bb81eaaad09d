import CoachKit
import Foundation
import OKRKit
import Testing

@Suite struct PracticeStoreTests {
    /// A coach practising from the fixture bank, over `home`.
    private func practisingCoach(_ home: URL) throws -> Coach {
        let (coach, _) = try makeCoach(home: home)
        coach.promptsDirectory = practiceFixtures
        return coach
    }

    private func texts(_ outcome: Outcome) -> String { outcome.replies.map(\.plainText).joined(separator: "\n") }

    @Test func progressIsWrittenPrivatelyAndReadBackByTheNextPractice() throws {
        let home = try temporaryDirectory()
        let coach = try practisingCoach(home)
        _ = coach.startPractice("measurable")
        _ = coach.handle("Raise CSAT from 82% to 90% by June 30")
        let file = home.appendingPathComponent("practice.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        let saved = try PracticeStore(directory: DataDirectory(url: home)).load()
        #expect(saved.exercises["measurable-01"] == .init(attempts: 1, passed: true, firstTry: true))

        let next = try practisingCoach(home)
        let start = texts(next.startPractice(""))
        #expect(start.contains("So far: 1 of 3 passed, 1 on the first try; weakest: kr-no-number."))
        #expect(start.contains("Exercise measurable-02"), "what was passed is not offered again")
    }

    @Test func aTopicPassedFirstTryThroughoutSaysSo() throws {
        let coach = try practisingCoach(try temporaryDirectory())
        _ = coach.startPractice("measurable")
        _ = coach.handle("Raise CSAT from 82% to 90% by June 30")
        let end = texts(coach.handle("Cut the average discharge wait from 5 hours to 3 hours by June 30"))
        #expect(end.contains("You now write measurable key results: 2 of 2 first try."))
    }

    @Test(arguments: [
        ("{ not json", "it is not a practice progress file"),
        (#"{"schemaVersion": 99, "progress": {}}"#, "written by a newer okr-coach: format 99"),
    ])
    func anUnreadableFileIsLeftAloneAndPracticeGoesOn(content: String, problem: String) throws {
        let home = try temporaryDirectory()
        let file = home.appendingPathComponent("practice.json")
        try Data(content.utf8).write(to: file)
        let coach = try practisingCoach(home)
        let start = coach.startPractice("measurable")
        guard case .warning(let warning)? = start.replies.first else {
            Issue.record("no warning first: \(start.replies)")
            return
        }
        #expect(warning.contains(file.path) && warning.contains(problem) && warning.contains("without saving progress"))
        #expect(texts(start).contains("Exercise measurable-01"), "practice still works")
        let answer = texts(coach.handle("Raise CSAT from 82% to 90% by June 30"))
        #expect(answer.contains("Passed on the first try."))
        #expect(!answer.contains(file.path), "the person is told once")
        #expect(try Data(contentsOf: file) == Data(content.utf8), "the file is left byte for byte")
    }
}
