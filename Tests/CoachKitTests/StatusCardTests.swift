import CoachKit
import Foundation
import OKRKit
import Testing

/// The status card as a person reads it: the bar marks the plan, colour follows the status (never whether a number
/// went up or down), untrackable key results say why, and the coaching line gives the pace needed and seen.
@Suite struct StatusCardTests {
    let book: PromptBook
    let lines: [StyledLine]

    init() throws {
        book = try PromptBook.defaults()
        lines = StatusCard.lines(for: StatusFixtures.status, book: book)
    }

    /// The lines of the key result whose sentence line is `text`, up to the next key result or objective.
    private func card(_ text: String) throws -> [StyledLine] {
        let start = try #require(lines.firstIndex { $0.text.hasSuffix(" · " + text) })
        let rest = lines[(start + 1)...].prefix { $0.indent == 2 }
        return Array(rest)
    }

    @Test func theCardReadsAsAPersonSeesIt() throws {
        #expect(lines.map(\.plain) == [
            "team-q1 · 2027-Q1 (2027-01-01 to 2027-03-31) · as of 2027-02-15 · score 0.56, partial",
            "O1 · Delight first-time buyers [aspirational] · 22% of the way",
            "  O1.KR1 · Raise NPS from 45 to 70",
            "    [███░░|░░░░░] 28% (plan 51% by now) · 52 (from 45 to 70) · ▂▃ · behind",
            "    confidence 7 → 6 ↓ · forecast 80% by 2027-03-31 · stale: no check-in for 14 days",
            "    Behind the plan (+11.5 points a week needed, +6.3 seen): what one thing would move it this week?",
            "  O1.KR2 · Cut churn from 3% to 2%",
            "    [█████|█░░░░] 60% (plan 51% by now) · 2.4% (from 3% to 2%) · ▇▄ · on track",
            "    confidence 7 → 8 ↑ · forecast 100% by 2027-03-31",
            "  O1.KR3 · Keep uptime at or above 99.9%",
            "    [░░░░░|░░░░░] 0% (plan 51% by now) · 99.8% (level 99.9%) · at risk",
            "    confidence 8",
            "    Confidence 8 while the numbers say at risk: what do you know that they do not?",
            "  O1.KR4 · Increase activation to 60%",
            "    cannot be tracked yet: no starting value; the first check-in asks where it started",
            "O2 · Pass the audit [committed] · 100% of the way",
            "  O2.KR1 · Ship the \"R&D\" portal",
            "    [█████|█████] 100% (plan 51% by now) · done · achieved",
            "    confidence 9",
            "O3 · Hire well [aspirational] · 0% of the way",
            "  no key results yet",
            "1 achieved, 1 on track, 1 behind, 1 at risk, 1 without a check-in; 2 due, 2 stale",
        ])
    }

    @Test func colourFollowsTheStatusNotTheDirectionOfTheNumber() throws {
        // Churn fell from 2.8% to 2.4%: down, and good.
        #expect(try card("Cut churn from 3% to 2%").first?.tone == .good)
        #expect(try card("Raise NPS from 45 to 70").first?.tone == .warning)
        #expect(try card("Keep uptime at or above 99.9%").first?.tone == .bad)
        #expect(try card("Ship the \"R&D\" portal").first?.tone == .good)
        #expect(lines.last?.tone == .bad, "the totals count something at risk")
        #expect(lines.first?.tone == .heading)
    }

    @Test func aCheckInDueOrStaleIsAWarning() throws {
        #expect(try card("Raise NPS from 45 to 70")[1].tone == .warning)
        #expect(try card("Cut churn from 3% to 2%")[1].tone == .plain)
    }

    @Test func theBarMarksWhereThePlanSaysItShouldBeByNow() {
        #expect(StatusFigures.bar(progress: 0.5, expected: 0.6) == "[█████░|░░░░]")
        #expect(StatusFigures.bar(progress: 0.5, expected: nil) == "[█████░░░░░]")
        #expect(StatusFigures.bar(progress: 1.3, expected: 1) == "[██████████|]")
        #expect(StatusFigures.bar(progress: -0.2, expected: 0) == "[|░░░░░░░░░░]")
    }

    @Test func theSparklineIsScaledBetweenBaselineAndTarget() {
        #expect(StatusFigures.sparkline([45, 70], bounds: [45, 70]) == "▁█")
        #expect(StatusFigures.sparkline([50, 60], bounds: [40, 80]) == "▃▅")
        #expect(StatusFigures.sparkline([5, 5]) == "▅▅")
        #expect(StatusFigures.sparkline([5]) == "", "one check-in draws no line")
    }

    @Test func aKeyResultThatStartsAtItsTargetSaysToFixTheSentence() throws {
        var session = StatusFixtures.session
        session.objectives = [Objective(text: "Grow", keyResults: [
            KeyResult(text: "Raise NPS from 45 to 45"), KeyResult(text: "Cut churn from 3% to 2%", measure: .increase),
        ])]
        let lines = StatusCard.lines(for: SessionStatus(session, today: StatusFixtures.today), book: book).map(\.text)
        #expect(lines.contains("cannot be tracked: it starts at its target (45); fix the sentence with /edit O1.KR1"))
        #expect(lines.contains("cannot be tracked: its target goes the wrong way for increase; fix the sentence with /edit O1.KR2"))
    }

    @Test func aCommittedKeyResultTrendingShortIsCoached() throws {
        var session = StatusFixtures.session
        session.objectives = [Objective(text: "Pass the audit", kind: .committed, keyResults: [
            KeyResult(text: "Close 20 audit findings", checkIns: [
                CheckIn(date: StatusFixtures.day("2027-01-10"), value: 2, confidence: 7),
                CheckIn(date: StatusFixtures.day("2027-02-14"), value: 9, confidence: 7),
            ]),
        ])]
        let card = StatusCard.lines(for: SessionStatus(session, today: StatusFixtures.today), book: book)
        let coaching = try #require(card.first { $0.text.hasPrefix("The trend ends near") })
        #expect(coaching.text.contains("short of 100%"))
        #expect(coaching.tone == .warning)
    }

    @Test func totalsWithNothingAtRiskOrDueAreGood() throws {
        var session = StatusFixtures.session
        session.objectives = [Objective(text: "Keep customers", keyResults: [
            KeyResult(text: "Cut churn from 3% to 2%", checkIns: [
                CheckIn(date: StatusFixtures.day("2027-02-14"), value: 2.4, confidence: 8),
            ]),
            KeyResult(text: "Sign 10 partners", checkIns: [CheckIn(date: StatusFixtures.day("2027-02-14"), value: 10)]),
        ])]
        let line = try #require(StatusCard.lines(for: SessionStatus(session, today: StatusFixtures.today), book: book).last)
        #expect(line.text == "1 achieved, 1 on track")
        #expect(line.tone == .good)
    }
}
