import OKRKit
import Testing

@Suite struct OutlineOwnerTests {
    @Test func readsOwnersInEitherFormAndOrderWithConfidence() {
        let outline = OutlineParser.parse("""
            Objective: Make deploys boring [committed] (owner: Ana Lopez)
            - Cut failed deploys from 12% to 3% (confidence 7/10) (owner: Bo)
            - Cut rollback time from 30 to 5 minutes (owner: Cy) (confidence 6/10)
            - Raise deploys per week from 3 to 10 @Dee (confidence 5/10)
            - Raise test coverage from 40% to 70% (confidence 8/10) @Éva
            ## Win the mid-market @Fay
            - Close 40 deals above $20k ARR
            """)
        #expect(outline.diagnostics.isEmpty)
        #expect(outline.objectives.map(\.text) == ["Make deploys boring", "Win the mid-market"])
        #expect(outline.objectives.map(\.owner) == ["Ana Lopez", "Fay"])
        #expect(outline.objectives[0].kind == .committed)
        let keyResults = outline.objectives[0].keyResults
        #expect(keyResults.map(\.text) == [
            "Cut failed deploys from 12% to 3%", "Cut rollback time from 30 to 5 minutes",
            "Raise deploys per week from 3 to 10", "Raise test coverage from 40% to 70%",
        ])
        #expect(keyResults.map(\.owner) == ["Bo", "Cy", "Dee", "Éva"])
        #expect(keyResults.map(\.confidence) == [7, 6, 5, 8])
        #expect(outline.objectives[1].keyResults[0].owner == nil)
    }

    @Test func keepsHandlesAndAddressesThatAreNotATrailingOwner() {
        let outline = OutlineParser.parse("""
            Objective: Answer customers fast
            - Reply to @support tickets within 2h
            - Send the weekly digest to ops@acme.io
            - Route every page to @oncall
            - Mail the board at board@Acme
            """)
        let keyResults = outline.objectives[0].keyResults
        #expect(keyResults.map(\.text) == [
            "Reply to @support tickets within 2h", "Send the weekly digest to ops@acme.io", "Route every page to @oncall",
            "Mail the board at board@Acme",
        ])
        #expect(keyResults.allSatisfy { $0.owner == nil })
    }

    @Test func theRulesReadTheTextWithoutItsOwner() {
        let tagged = OutlineParser.parse("Objective: Grow\n- Raise NPS from 45 to 60 by 2027-03-31 (owner: Ana)")
        let plain = OutlineParser.parse("Objective: Grow\n- Raise NPS from 45 to 60 by 2027-03-31")
        let rules = { (outline: Outline) in CheckEngine().check(outline.objectives, cycle: nil).allFindings.map(\.rule) }
        #expect(tagged.objectives[0].keyResults[0].text == plain.objectives[0].keyResults[0].text)
        #expect(rules(tagged) == rules(plain))
    }

    @Test func readsTheTeamLineAndACycleOfTwoDates() {
        let outline = OutlineParser.parse("Team: Platform\nCycle: 2027-01-01..2027-03-31\nObjective: Grow\n- Raise NPS from 45 to 60")
        #expect(outline.team == "Platform")
        #expect(outline.cycle?.start.description == "2027-01-01")
        #expect(outline.cycle?.end.description == "2027-03-31")
    }

    @Test func aMegabyteLineWithManyAtSignsAndParenthesesIsReadAtOnce() {
        let line = "- Raise NPS " + String(repeating: "(@a ", count: 250_000) + "@Ana"
        let outline = OutlineParser.parse("Objective: Grow\n" + line)
        #expect(outline.objectives[0].keyResults[0].owner == "Ana")
        let unpaired = "- Raise NPS " + String(repeating: "(owner: ", count: 130_000) + "x))"
        #expect(OutlineParser.parse("Objective: Grow\n" + unpaired).objectives[0].keyResults[0].owner == nil)
    }
}
