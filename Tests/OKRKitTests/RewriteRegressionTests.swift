@testable import OKRKit
import Testing

/// The wrong rewrites of issue 12, each no longer offered or now right.
@Suite struct RewriteRegressionTests {
    let engine = CheckEngine()

    /// The findings of one key result under a plain objective, without a cycle.
    func findings(of keyResult: String) -> [Finding] {
        let objective = Objective(text: "Make onboarding effortless for new teams", keyResults: [KeyResult(text: keyResult)])
        return engine.check([objective], cycle: nil).objectives[0].keyResults[0].findings
    }

    @Test func aKeyResultThatMeasuresTwoThingsGetsNoRewriteOfBoth() {
        let found = findings(of: "Increase sign-ups and retention by 10% by end of Q2")
        #expect(found.contains { $0.is(KeyResultCompoundRule.self) })
        #expect(found.contains { $0.is(KeyResultNoBaselineRule.self) })
        #expect(found.allSatisfy { $0.rewrite == nil }, "split it first: \(found.compactMap(\.rewrite))")
    }

    @Test func anActivityIsNotTurnedIntoAMetric() throws {
        let noNumber = try #require(findings(of: "Launch a help center").first { $0.is(KeyResultNoNumberRule.self) })
        #expect(noNumber.rewrite == nil)
        // Its deadline may still be added: that rewrite keeps the sentence.
        #expect(findings(of: "Launch a help center").first { $0.is(KeyResultNoDeadlineRule.self) }?.rewrite
            == "Launch a help center by <date>")
    }

    @Test func aCountOfWorkIsNotReadAsAMetric() throws {
        let text = "12 customer interviews about pricing"
        let subject = KeyResultSubject(
            KeyResult(text: text), objective: ObjectiveSubject(Objective(text: "Price for the value we bring")), cycle: nil)
        let wrong = "Raise about pricing from <today> to 12 customer interviews by <date>"
        let rules = RuleCatalog.standard.keyResultRules
        #expect(RewriteProof.keyResult(wrong, of: subject, offeredBy: KeyResultNoBaselineRule(), among: rules, fired: []) == nil)
        #expect(findings(of: text).allSatisfy { $0.rewrite == nil || $0.rewrite == "\(text) by <date>" })
    }

    @Test(arguments: [
        ("Make the checkout flow smoother by end of Q2", "kr-no-number"),
        ("Better onboarding for enterprise admins in 2027", "kr-no-number"),
        ("Resolve support tickets within 24 hours, 90% of the time", "kr-no-baseline"),
        ("Ship 95% of orders within 24 hours", "kr-no-baseline"),
        ("Switch 30% of monthly customers to annual plans", "kr-no-baseline"),
    ])
    func noRewriteGuessesAMetricADirectionOrDropsAServiceLevel(text: String, rule: String) throws {
        let finding = try #require(findings(of: text).first { $0.rule == rule })
        #expect(finding.rewrite == nil)
    }

    @Test func aLevelUnderACeilingIsReduced() throws {
        let finding = try #require(findings(of: "Time to first value under 14 days").first { $0.is(KeyResultNoBaselineRule.self) })
        #expect(finding.rewrite == "Reduce time to first value from <today> to 14 days by <date>")
    }

    @Test func anObjectiveIsNotCutIntoAFragment() throws {
        let objective = Objective(text: "New customers see value in their first two weeks", keyResults: [])
        let finding = try #require(engine.check([objective], cycle: nil).objectives[0].findings.first {
            $0.is(ObjectiveHasMetricRule.self)
        })
        #expect(finding.rewrite == nil)
    }

    @Test func aBolderTargetForAPercentageAboveAHundredStaysWithinReach() throws {
        let finding = try #require(findings(of: "Raise NRR from 101% to 108%").first { $0.is(KeyResultTooSafeRule.self) })
        #expect(finding.rewrite == "Raise NRR from 101% to 116% by <date>")
    }

    @Test func aCountOfTheMetricIsNamedOnce() throws {
        let finding = try #require(findings(of: "Get 30 customer testimonials").first { $0.is(KeyResultNoBaselineRule.self) })
        #expect(finding.rewrite == "Grow customer testimonials from <today> to 30 by <date>")
    }

    @Test(arguments: ["Steigerung des NPS von 5 auf 32", "Kundenzufriedenheit auf 90% erhöhen bis Q3", "NPSを35%から55%に上げる"])
    func aSentenceInAnotherLanguageGetsNoRewrite(text: String) {
        #expect(!findings(of: text).isEmpty)
        #expect(findings(of: text).allSatisfy { $0.rewrite == nil })
    }

    @Test(arguments: ["Steigerung des NPS von 5 auf 32", "NPSを35%から55%に上げる", "Augmenter le NPS de 30 à 45"])
    func theReaderSaysWhenItReadsOnlyTheNumbers(text: String) {
        #expect(!SentenceLanguage.isEnglish(text))
    }

    @Test(arguments: ["Raise NPS from 45 to 70 by Q3", "Grow revenue in Japan (日本) from $1M to $2M", "Open 3 stores in München"])
    func englishWithAForeignNameIsEnglish(text: String) {
        #expect(SentenceLanguage.isEnglish(text))
    }
}
