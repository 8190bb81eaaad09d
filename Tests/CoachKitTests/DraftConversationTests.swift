import Foundation
import OKRKit
import Testing

@testable import CoachKit

/// The guided draft as a pure step: a turn in, a turn out, with no store, no clock and no coach around it.
struct DraftConversationTests {
    let draft: DraftConversation

    init() throws {
        let book = try PromptBook.defaults()
        let today = try #require(CalendarDay(year: 2026, month: 12, day: 3))
        draft = DraftConversation(
            book: book, today: today, kpis: KPIDesk(book: book) { CatalogLoader.load(dataDirectory: nil) })
    }

    /// Answers `line` to the turn's pending question, as the next turn.
    private func answer(_ line: String, _ turn: Turn) throws -> Turn {
        var next = Turn(session: turn.session, focus: turn.focus)
        let step = try #require(turn.next, "no question is pending")
        try draft.answer(line, to: step, &next)
        return next
    }

    private func start() -> Turn {
        var turn = Turn(session: Session(name: "team", createdAt: Date(timeIntervalSince1970: 0)), focus: nil)
        draft.start(&turn)
        return turn
    }

    private func text(_ turn: Turn) -> String { turn.replies.map(\.plainText).joined(separator: "\n") }

    @Test func theFirstQuestionProposesTodaysQuarterAndAnEmptyAnswerTakesIt() throws {
        let first = start()
        #expect(first.next?.question == .cycle)
        #expect(text(first).contains("2026-Q4"))
        let cycle = try answer("", first)
        #expect(cycle.session.cycle?.label == "2026-Q4")
        #expect(cycle.next?.question == .team)
    }

    @Test func anUnreadableCycleIsRefusedAndAsksNothingNew() throws {
        var turn = Turn(session: start().session, focus: nil)
        #expect(throws: Refusal.self) { try draft.answer("sometime soon", to: DraftStep(.cycle), &turn) }
    }

    @Test func aKeyResultWithoutABaselineAsksForItByItsMetricAndMergesTheAnswer() throws {
        var turn = try answer("skip", try answer("Q1 2027", start()))
        turn = try answer("Customers love our onboarding", turn)
        #expect(turn.focus == 0)
        turn = try answer("ok", turn)
        #expect(turn.next?.question == .keyResult)

        turn = try answer("Raise activation rate to 60% by end of Q1", turn)
        #expect(turn.next?.question == .baseline)
        #expect(turn.judged?.items.contains { $0.finding.is(KeyResultNoBaselineRule.self) } == true)
        #expect(text(turn).contains("activation rate"))

        turn = try answer("42%", turn)
        let keyResult = try #require(turn.session.objectives.first?.keyResults.first)
        #expect(keyResult.text.contains("from 42%"))
        #expect(turn.next?.question != .baseline)
    }

    @Test(arguments: [
        ("Time to first value under 14 days", "30 days", "Reduce time to first value from 30 days to 14 days"),
        ("Get 30 customer testimonials by end of Q1", "5", "Grow customer testimonials from 5 to 30 by end of Q1"),
        ("Grow organic traffic to 50,000 visits a month by end of Q1", "20,000 visits a month",
            "Grow organic traffic from 20,000 to 50,000 visits a month by end of Q1"),
    ])
    func aMergedBaselineKeepsTheDirectionAndTheUnitsAndSaysTheNounOnce(keyResult: String, today: String, merged: String) throws {
        var turn = try answer("skip", try answer("Q1 2027", start()))
        turn = try answer("ok", try answer("New customers see value fast", turn))
        turn = try answer(keyResult, turn)
        #expect(turn.next?.question == .baseline)
        turn = try answer(today, turn)
        #expect(turn.session.objectives.first?.keyResults.first?.text == merged)
    }

    @Test func todaysValuePastTheTargetIsRefusedAndTheSentenceKept() throws {
        var turn = try answer("skip", try answer("Q1 2027", start()))
        turn = try answer("ok", try answer("Customers recommend us", turn))
        turn = try answer("Raise NPS to 70 by end of Q1", turn)
        #expect(turn.next?.question == .baseline)
        let refusal = try #require(throws: Refusal.self) { try answer("80", turn) }
        #expect(refusal.replies.first?.plainText.contains("\"80\" is already at or past the target of O1.KR1 (70)") == true)
        #expect(turn.session.objectives.first?.keyResults.first?.text == "Raise NPS to 70 by end of Q1")
    }

    @Test func aSentenceInAnotherLanguageIsReadForItsNumbersAndSaysSo() throws {
        var turn = try answer("skip", try answer("Q1 2027", start()))
        turn = try answer("ok", try answer("Kunden begeistern", turn))
        turn = try answer("Steigerung des NPS von 32 auf 50", turn)
        #expect(text(turn).contains("from 32 · to 50"))
        #expect(text(turn).contains("I understand English words only"))
        #expect(!text(turn).contains("Try:"))
    }

    @Test func aQuestionAboutSomethingDeletedSaysItIsIdleAndAsksNothing() throws {
        var turn = Turn(session: start().session, focus: nil)
        try draft.answer("Grow revenue 20%", to: DraftStep(.baseline, keyResult: UUID()), &turn)
        #expect(turn.next == nil)
        #expect(turn.session.objectives.isEmpty)
    }

    @Test func textThatReadsLikeAKeyResultIsOfferedForTheObjectiveInFocus() throws {
        var session = Session(name: "team", createdAt: Date(timeIntervalSince1970: 0))
        session.objectives = [Objective(text: "Delight new customers")]
        var turn = Turn(session: session, focus: 0)
        #expect(draft.offer("Cut time to first value from 9 days to 3 days", &turn))
        #expect(turn.next?.question == .offer)
        #expect(turn.next?.objectiveID == session.objectives[0].id)

        var chatter = Turn(session: session, focus: 0)
        #expect(!draft.offer("hm", &chatter))
        #expect(chatter.next == nil && chatter.replies.isEmpty)
    }

    /// A session with one objective of `kind` and the turn asking for its first key result.
    private func askingForKeyResult(_ kind: ObjectiveKind = .aspirational) throws -> Turn {
        var session = Session(name: "team", createdAt: Date(timeIntervalSince1970: 0))
        session.cycle = Cycle.parse("2027-Q1")
        session.objectives = [Objective(text: "Customers love our support", kind: kind)]
        session.draft = DraftStep(.keyResult, objective: session.objectives[0].id)
        return Turn(session: session, focus: 0)
    }

    @Test func aKeyResultWithNothingToMeasureIsAskedForItsNumberFirstAndTheAnswerReplacesIt() throws {
        var turn = try answer("Improve customer happiness", try askingForKeyResult())
        #expect(turn.next?.question == .measure)
        #expect(throws: Refusal.self) { _ = try answer("we will see", turn) }
        turn = try answer("Raise CSAT from 82% to 90% by end of March", turn)
        #expect(text(turn).contains("Replaced O1.KR1 (was: Improve customer happiness)"))
        #expect(turn.session.objectives[0].keyResults[0].text == "Raise CSAT from 82% to 90% by end of March")
        #expect(turn.next?.question == .confidence)
    }

    @Test func anActivityIsAskedWhatItShouldChange() throws {
        let turn = try answer("Launch a referral program", try askingForKeyResult())
        #expect(turn.next?.question == .outcome)
        #expect(text(turn).contains("“launch” is work the team does"))
        let kept = try answer("", turn)
        #expect(kept.session.objectives[0].keyResults[0].text == "Launch a referral program")
        #expect(kept.next?.question != .outcome)
    }

    /// A bare number typed at "what should it change?" or "what number would show it?" (a late confidence, an
    /// amount alone) is refused, as at a review: it would replace the key result with "7".
    @Test func aWordlessAnswerToARewordingQuestionLeavesTheKeyResult() throws {
        for (written, question) in [("Launch a referral program", DraftStep.Question.outcome), ("Improve customer happiness", .measure)] {
            let turn = try answer(written, try askingForKeyResult())
            #expect(turn.next?.question == question)
            for line in ["7", "$40k", "12%"] {
                #expect(throws: Refusal.self, "\(line) at \(question)") { _ = try answer(line, turn) }
            }
        }
    }

    @Test func aQuestionOrAProgressUpdateIsNeverAddedAsAKeyResult() throws {
        let asking = try askingForKeyResult()
        for line in ["how do I track progress during the quarter?", "Week 6: first response time is now 3 hours"] {
            var turn = Turn(session: asking.session, focus: 0)
            do {
                try draft.answer(line, to: try #require(asking.next), &turn)
                Issue.record("\(line) was taken as an answer")
            } catch let error as Refusal {
                let said = error.replies.map(\.plainText).joined(separator: "\n")
                #expect(said.contains("Key result 1 for O1"), "the question is asked again")
            }
            #expect(turn.session.objectives[0].keyResults.isEmpty)
        }
    }

    @Test func aConfidenceIsAnsweredWhenItIsTyped() throws {
        var turn = try answer("Raise CSAT from 82% to 90% by end of March", try askingForKeyResult())
        #expect(turn.next?.question == .confidence)
        let sure = try answer("10", turn)
        #expect(text(sure).contains("too sure for an aspirational key result"))

        turn = try answer("Raise CSAT from 82% to 90% by end of March", try askingForKeyResult(.committed))
        let unsure = try answer("4", turn)
        #expect(text(unsure).contains("O1 is committed"))
        let fine = try answer("9", turn)
        #expect(!text(fine).contains("O1 is committed"))
    }

    @Test func noAtAReviewKeepsTheTextAndAKindWordSetsTheKind() throws {
        var turn = try answer("Raise CSAT from 82% to 90% by end of March (confidence 5/10)", try askingForKeyResult())
        #expect(turn.next?.question == .reviewKeyResult)
        turn = try answer("no", turn)
        #expect(turn.session.objectives[0].keyResults[0].text == "Raise CSAT from 82% to 90% by end of March")

        var review = try askingForKeyResult()
        review.next = DraftStep(.reviewObjective, objective: review.session.objectives[0].id)
        let committed = try answer("committed", review)
        #expect(committed.session.objectives[0].kind == .committed)
        #expect(committed.session.objectives[0].text == "Customers love our support")
        #expect(committed.next?.question == .keyResult)
    }

    @Test func aBareNumberAtAReviewIsTheConfidenceNeverTheNewWording() throws {
        var turn = try answer("Raise CSAT from 82% to 90% by end of March", try askingForKeyResult())
        turn = try answer("10", turn)
        #expect(turn.next?.question == .reviewKeyResult)
        turn = try answer("6", turn)
        #expect(turn.session.objectives[0].keyResults[0].text == "Raise CSAT from 82% to 90% by end of March")
        #expect(turn.session.objectives[0].keyResults[0].confidence == 6)
        #expect(turn.next?.question == .reviewKeyResult)
        #expect(throws: Refusal.self) { _ = try answer("$40k", turn) }
    }
}
