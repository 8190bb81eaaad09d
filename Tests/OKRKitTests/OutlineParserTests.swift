import OKRKit
import Testing

@Suite struct OutlineParserTests {
    @Test func readsEveryObjectiveMarker() {
        let outline = OutlineParser.parse("""
            Objective: Delight first-time buyers
            - Raise first-order CSAT from 4.1 to 4.6
            # Make every release boring and safe
            - Cut failed deploys from 12% to 3%
            ## Win the mid-market
            - Close 40 deals above $20k ARR
            O1: Build a team people want to join
            - Raise eNPS from 12 to 30
            Objective 2: Make onboarding effortless
            - Raise week-one activation from 40% to 55%
            """)
        #expect(outline.objectives.map(\.text) == [
            "Delight first-time buyers", "Make every release boring and safe", "Win the mid-market",
            "Build a team people want to join", "Make onboarding effortless",
        ])
        #expect(outline.objectives.allSatisfy { $0.keyResults.count == 1 })
        #expect(outline.objectiveLines == [1, 3, 5, 7, 9])
        #expect(outline.diagnostics.isEmpty)
    }

    @Test func readsNumberedAndDashedLabelsAtAnyHeadingLevel() {
        let outline = OutlineParser.parse("""
            ### Objective: Delight first-time buyers
            KR1 - Raise first-order CSAT from 4.1 to 4.6
            **Objective #2:** Make every release boring and safe
            - KR 2.1: Cut failed deploys from 12% to 3%
            Objective 3 – Win the mid-market
            - Close 40 deals above $20k ARR
            ### Notes for the offsite
            - Objective-driven planning works
            """)
        #expect(outline.objectives.map(\.text) == [
            "Delight first-time buyers", "Make every release boring and safe", "Win the mid-market",
        ])
        #expect(outline.objectives.map { $0.keyResults.map(\.text) } == [
            ["Raise first-order CSAT from 4.1 to 4.6"], ["Cut failed deploys from 12% to 3%"],
            ["Close 40 deals above $20k ARR", "Objective-driven planning works"],
        ])
    }

    @Test func readsKindTagsAndEveryKeyResultMarker() {
        let outline = OutlineParser.parse("""
            Objective: Keep the lights on for enterprise [committed]
            - Hold uptime at 99.95%
            * Cut P1 incidents from 6 to 2
            + Answer every P1 page within 15 minutes
            1. Renew 95% of enterprise contracts
            KR: Cut invoice disputes from 40 to 10
            KR2: Raise SSO adoption from 30% to 60% (confidence 6/10)
            Objective: Become the obvious choice for remote teams [aspirational]
            - Grow remote-team signups from 2k to 5k
            Objective (committed): Close the books in five days
            - Cut month-end close from 9 days to 5 days (Finance)
            """)
        #expect(outline.objectives.map(\.kind) == [.committed, .aspirational, .committed])
        #expect(outline.objectives[2].text == "Close the books in five days")
        #expect(outline.objectives[2].keyResults.first?.text == "Cut month-end close from 9 days to 5 days (Finance)")
        #expect(outline.objectives[0].text == "Keep the lights on for enterprise")
        let keyResults = outline.objectives[0].keyResults
        #expect(keyResults.map(\.text) == [
            "Hold uptime at 99.95%", "Cut P1 incidents from 6 to 2", "Answer every P1 page within 15 minutes",
            "Renew 95% of enterprise contracts", "Cut invoice disputes from 40 to 10", "Raise SSO adoption from 30% to 60%",
        ])
        #expect(keyResults.last?.confidence == 6)
        #expect(keyResults.first?.confidence == nil)
        #expect(outline.keyResultLines[0] == [2, 3, 4, 5, 6, 7])
    }

    @Test func ignoresOtherLinesTitlesAndNotesUnderKeyResults() {
        let outline = OutlineParser.parse("""
            # Platform team OKRs

            Written after the planning offsite. Owners below.

            ## Make every release boring and safe
            Key results:
            - Cut failed deploys from 12% to 3%
              - owner: Priya
              - dashboard: deploys
            - Cut mean time to restore from 3 hours to 30 minutes
            ### Notes
            Nothing else.
            """)
        #expect(outline.objectives.map(\.text) == ["Make every release boring and safe"])
        #expect(outline.objectives[0].keyResults.count == 2)
        #expect(outline.diagnostics.isEmpty)
    }

    @Test func keyResultBeforeAnyObjectiveIsSkippedWithAWarningOnItsLine() {
        let outline = OutlineParser.parse("""
            - Raise NPS from 31 to 45
            Objective: Delight first-time buyers
            - Raise first-order CSAT from 4.1 to 4.6
            """)
        #expect(outline.objectives.count == 1)
        #expect(outline.objectives[0].keyResults.map(\.text) == ["Raise first-order CSAT from 4.1 to 4.6"])
        #expect(outline.diagnostics == [
            OutlineDiagnostic(line: 1, severity: .warning, problem: .keyResultBeforeObjective, text: "- Raise NPS from 31 to 45"),
        ])
        #expect(!outline.hasErrors)
    }

    @Test func unusableInputIsAnErrorWithItsLine() {
        let empty = OutlineParser.parse("Objective:\n- Raise NPS from 31 to 45\n")
        #expect(empty.hasErrors)
        #expect(empty.diagnostics.first?.line == 1)
        #expect(empty.diagnostics.first?.problem == .emptyObjective)

        let none = OutlineParser.parse("Just some notes\nabout the quarter\n")
        #expect(none.hasErrors)
        #expect(none.diagnostics.map(\.problem) == [.noObjectives])
    }

    @Test func readsACycleLine() {
        let outline = OutlineParser.parse("Cycle: 2027-Q2\nObjective: Delight first-time buyers\n- Raise CSAT from 4.1 to 4.6\n")
        #expect(outline.cycle?.label == "2027-Q2")
        let bad = OutlineParser.parse("Cycle: someday\nObjective: Delight first-time buyers\n")
        #expect(bad.cycle == nil)
        #expect(bad.diagnostics.map(\.problem) == [.unknownCycle])
    }

    @Test func survivesOddInput() {
        for text in ["", "\n\n", "#", "##", "- ", "O1:", "KR1:", "Objective: 🚀 Δ — ünïcode\r\n- 💯 ✓\r\n", "\u{FEFF}Objective: x y z"] {
            _ = OutlineParser.parse(text)
        }
        let crlf = OutlineParser.parse("Objective: Delight first-time buyers\r\n- Raise CSAT from 4.1 to 4.6\r\n")
        #expect(crlf.objectives.first?.keyResults.first?.text == "Raise CSAT from 4.1 to 4.6")
    }
}
