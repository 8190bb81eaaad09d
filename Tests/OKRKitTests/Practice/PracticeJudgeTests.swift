import OKRKit
import Testing

/// The practice judge: an answer passes when the exercise's rules are quiet, no other error or warning fires, and
/// what the exercise requires is stated; it never calls fixed what only a worse error hides.
@Suite struct PracticeJudgeTests {
    let objective = Exercise(
        id: "o", topic: "objectives", level: 1, team: "sales", part: .objective, objective: nil, kind: .aspirational,
        keyResults: ["Grow new mid-market ARR from $1.2M to $2M by December 31", "Raise the win rate from 18% to 26% by December 31"],
        flawed: "Revenue", rules: ["objective-length"], requires: [], model: "Win the mid-market in Europe", why: "A place.")
    let keyResult = Exercise(
        id: "k", topic: "baselines", level: 1, team: "engineering", part: .keyResult,
        objective: "Make the app something people open every week", kind: .aspirational, keyResults: [],
        flawed: "Grow weekly active users to 5,000 by June 30", rules: ["kr-no-baseline"], requires: [.baseline],
        model: "Grow weekly active users from 3,200 to 5,000 by June 30", why: "A start.")

    @Test func aNewWarningKeepsAnAnswerFromPassing() {
        let judge = PracticeJudge()
        #expect(judge.judge("Win the mid-market in Europe", for: objective).passed)
        let businessAsUsual = judge.judge("Keep our sales team steady", for: objective)
        #expect(businessAsUsual.fixed == ["objective-length"])
        #expect(!businessAsUsual.passed)
        #expect(businessAsUsual.stillFiring.map(\.rule) == ["objective-business-as-usual"])
    }

    @Test func aRuleHiddenByAWorseErrorIsNotFixedAndARequirementIsSaidOnce() {
        let judge = PracticeJudge()
        let vague = judge.judge("Grow weekly active users a lot", for: keyResult)
        #expect(vague.fixed.isEmpty, "no baseline to miss only because there is no number")
        #expect(vague.stillFiring.map(\.rule).contains("kr-no-number"))
        let noStart = judge.judge("Grow weekly active users to 5,000 by June 30", for: keyResult)
        #expect(noStart.stillFiring.map(\.rule) == ["kr-no-baseline"])
        #expect(noStart.missing.isEmpty, "the finding already says the baseline is missing")
        #expect(judge.judge(keyResult.model, for: keyResult).passed)
    }

    @Test func anAnswerAboutSomethingElseThanItsObjectiveDoesNotPass() {
        let unrelated = PracticeJudge().judge("Cut office paper use from 50 to 20 reams a month by June 30", for: keyResult)
        #expect(!unrelated.passed)
        #expect(unrelated.stillFiring.map(\.rule).contains("kr-unrelated"))
    }
}
