import CoachKit
import Foundation
import OKRKit
import Testing

/// Ending the input at any pending question leaves a valid saved session that resumes at that question.
@Suite struct ResumeTests {
    @Test func endingAtEveryQuestionResumesThere() throws {
        let script = try Transcript(named: "guided-draft.txt").steps.map(\.input).filter { !$0.hasPrefix("/") && $0 != "<EOF>" }
        var questionsSeen: Set<DraftStep.Question> = []
        let (first, home) = try makeCoach()
        _ = first.handle("/new resume me")
        let file = home.appendingPathComponent("sessions/resume me.json")
        var resumedAnswer: [Reply]?
        for count in 0...script.count {
            if count > 0 {
                let original = first.handle(script[count - 1]).replies
                if let resumedAnswer {
                    #expect(resumedAnswer == original, "the resumed coach answers as the original did, after \(count - 1) answers")
                }
            }
            resumedAnswer = nil
            let pending = first.current?.session.draft
            // The file as it is on disk now is what a crash, Ctrl-D or closed pipe here would leave.
            let saved = try SessionCoding.decode(Data(contentsOf: file), file: file.path)
            #expect(saved.draft == pending, "after \(count) answers")
            let elsewhere = try temporaryDirectory()
            try FileManager.default.createDirectory(
                at: elsewhere.appendingPathComponent("sessions"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: file, to: elsewhere.appendingPathComponent("sessions/resume me.json"))

            let (second, _) = try makeCoach(home: elsewhere)
            let reopened = second.handle("/open resume me").replies.map(\.plainText)
            guard let pending else {
                #expect(!reopened.contains { $0.hasPrefix("Resuming") })
                continue
            }
            questionsSeen.insert(pending.question)
            #expect(reopened.contains("Resuming 'resume me' where you left off:"), "after \(count) answers: \(reopened)")
            #expect(second.current?.session.draft == pending)
            if count < script.count { resumedAnswer = second.handle(script[count]).replies }
        }
        let asked: Set<DraftStep.Question> = [
            .cycle, .team, .objective, .reviewObjective, .keyResult, .baseline, .confidence, .reviewKeyResult,
            .moreKeyResults, .kpis, .nextObjective,
        ]
        #expect(asked.isSubset(of: questionsSeen), "not covered: \(asked.subtracting(questionsSeen))")
    }

    @Test func theDeadlineQuestionAlsoResumes() throws {
        let (first, home) = try makeCoach()
        for line in ["/new no cycle", "none", "", "Grow usage among small teams", "", "Grow weekly active teams from 300 to 500"] {
            _ = first.handle(line)
        }
        #expect(first.current?.session.draft?.question == .deadline)
        _ = first.finish()
        let (second, _) = try makeCoach(home: home)
        let replies = second.handle("/open no cycle").replies.map(\.plainText)
        #expect(replies.last == "By when should O1.KR1 be done? (by end of Q3, by 2027-03-31, within 90 days). Press Enter to skip.")
        #expect(second.handle("by 2027-09-30").replies.first == .success("Updated O1.KR1: Grow weekly active teams from 300 to 500 by 2027-09-30"))
    }
}
