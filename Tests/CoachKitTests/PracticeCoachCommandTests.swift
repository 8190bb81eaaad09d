@testable import CoachKit
import Foundation
import Testing

/// `/practice` among the coach's commands: Tab completes its topics, and `/learn TOPIC` ends by offering them.
@Suite struct PracticeCoachCommandTests {
    private func coach() throws -> Coach {
        let (coach, _) = try makeCoach()
        coach.promptsDirectory = practiceFixtures
        return coach
    }

    @Test func tabCompletesPracticeTopics() throws {
        let completer = try coach().completer
        #expect(completer.candidates(for: "/practice ") == ["/practice measurable", "/practice baselines"])
        #expect(completer.candidates(for: "/practice ba") == ["/practice baselines"])
    }

    @Test func aTopicsTitleMidSentenceKeepsAnAcronym() {
        #expect(PracticeConversation.midSentence("Measurable key results") == "measurable key results")
        #expect(PracticeConversation.midSentence("KPIs versus key results") == "KPIs versus key results")
    }

    @Test func aLessonEndsByOfferingItsTopicsExercises() throws {
        let replies = try coach().handle("/learn smart").replies
        #expect(replies.last == .say("To practise this: /practice measurable (2 to try)."))
        let noTopic = try coach().handle("/learn grading").replies
        #expect(noTopic.count == 1, "a lesson with no practice topic offers none")
    }
}
