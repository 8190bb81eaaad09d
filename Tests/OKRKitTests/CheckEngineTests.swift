import OKRKit
import Testing

@Suite struct CheckEngineTests {
    let engine = CheckEngine()

    @Test func strengthWeighsEachFindingPerObjectiveAndKeyResult() {
        // Objective rules only: "Growth" with one key result breaks objective-length and objective-kr-count
        // (two warnings) over one objective and one key result: 100 − (2 × 10) ÷ 2 = 90.
        let objectiveRules = CheckEngine(catalog: RuleCatalog(setRules: [], objectiveRules: RuleCatalog.standard.objectiveRules, keyResultRules: []))
        let objective = Objective(text: "Growth", keyResults: [KeyResult(text: "Grow MRR from $40k to $60k by March 31")])
        let report = objectiveRules.check([objective], cycle: nil)
        #expect(Set(report.objectives[0].findings.map(\.rule)) == ["objective-length", "objective-kr-count"])
        #expect(report.summary.checksEvaluated == 5)
        #expect(report.summary.warnings == 2)
        #expect(report.summary.strength == 90)
    }

    @Test func aSetWithAnErrorScoresAtMostSeventyAndACleanOneScoresAHundred() {
        var score = StrengthScore()
        score.judged(items: 40)
        for _ in 0..<30 { score.record(worst: nil) }
        #expect(score.percent == 100)
        score.record(worst: .hint)
        #expect(score.percent == 99, "a hint costs a little, even spread over 40 key results")
        score.record(worst: .error)
        #expect(score.uncapped == 99)
        #expect(score.percent == 70)
    }

    @Test func errorsAndWarningsOnAFewKeyResultsCostWhatTheyShould() {
        // Two objectives, six key results; two errors and six warnings: 100 − (60 + 60) ÷ 8 = 85, capped at 70.
        var score = StrengthScore()
        score.judged(items: 8)
        for _ in 0..<2 { score.record(worst: .error) }
        for _ in 0..<6 { score.record(worst: .warning) }
        #expect(score.uncapped == 85)
        #expect(score.percent == 70)
        var warnings = StrengthScore()
        warnings.judged(items: 8)
        for _ in 0..<6 { warnings.record(worst: .warning) }
        #expect(warnings.percent == 92)
    }

    @Test func aLargeSetGetsTheSameReportAsItsObjectivesCheckedOneByOne() {
        // Large sets are checked on all cores; the report must not depend on that.
        let sentences = [
            "Raise first-order CSAT from 4.1 to 4.6 by end of Q3", "Improve the unboxing experience",
            "Hold 12 customer interviews", "Keep churn below 2%", "Grow MRR 20% (confidence 9/10)",
        ]
        let objectives = (0..<150).map { n in
            Objective(
                text: n % 7 == 0 ? "Maintain \(n) dashboards" : "Delight first-time buyers in region \(n % 9)",
                kind: n % 4 == 0 ? .committed : .aspirational,
                keyResults: (0..<(1 + n % 4)).map { KeyResult(text: sentences[($0 + n) % sentences.count]) })
        }
        let whole = engine.check(objectives, cycle: nil)
        let single = objectives.map { engine.check([$0], cycle: nil) }
        #expect(whole.objectives == single.map { $0.objectives[0] })
        let findings = whole.allFindings
        #expect(whole.summary.errors == findings.filter { $0.severity == .error }.count)
        #expect(whole.summary.warnings == findings.filter { $0.severity == .warning }.count)
        #expect(whole.summary.hints == findings.filter { $0.severity == .hint }.count)
        #expect(whole.summary.checksEvaluated
            == single.map(\.summary.checksEvaluated).reduce(0, +) - 149 * engine.catalog.setRules.count)
    }

    @Test func anErrorCostsMoreThanAWarning() {
        let strong = Objective(text: "Delight first-time buyers", keyResults: [
            KeyResult(text: "Raise first-order CSAT from 4.1 to 4.6 by end of Q3"),
            KeyResult(text: "Cut refund requests from 8% to 4% by end of Q3"),
        ])
        var weak = strong
        weak.keyResults[1] = KeyResult(text: "Improve the unboxing experience")
        let strongReport = engine.check([strong], cycle: nil), weakReport = engine.check([weak], cycle: nil)
        #expect(strongReport.summary.errors == 0)
        #expect(weakReport.summary.errors == 1)
        #expect(weakReport.summary.strength < strongReport.summary.strength)
        #expect((0...100).contains(weakReport.summary.strength))
    }

    @Test func aCycleMakesKeyResultsTimeBound() {
        let objective = Objective(text: "Delight first-time buyers", keyResults: [
            KeyResult(text: "Raise first-order CSAT from 4.1 to 4.6"), KeyResult(text: "Cut refund requests from 8% to 4%"),
        ])
        let without = engine.check([objective], cycle: nil)
        #expect(without.objectives[0].keyResults.allSatisfy { $0.findings.contains { $0.rule == "kr-no-deadline" } })
        let with = engine.check([objective], cycle: Cycle.quarter(2027, 3))
        #expect(with.allFindings.allSatisfy { $0.rule != "kr-no-deadline" })
        #expect(with.cycle?.label == "2027-Q3")
    }

    @Test func stretchRulesFollowTheObjectiveKind() {
        let keyResults = [
            KeyResult(text: "Raise CSAT from 82% to 83% by end of Q4", confidence: 10),
            KeyResult(text: "Cut first reply time from 6 hours to 2 hours by end of Q4", confidence: 5),
        ]
        let aspirational = engine.check([Objective(text: "Make support the reason customers stay", keyResults: keyResults)], cycle: nil)
        let rules = Set(aspirational.objectives[0].keyResults[0].findings.map(\.rule))
        #expect(rules.isSuperset(of: ["kr-too-safe", "kr-confidence"]))
        #expect(aspirational.objectives[0].keyResults[1].findings.isEmpty)

        let committed = engine.check(
            [Objective(text: "Make support the reason customers stay", kind: .committed, keyResults: keyResults)], cycle: nil)
        let committedRules = Set(committed.objectives[0].keyResults[0].findings.map(\.rule))
        #expect(committedRules.isDisjoint(with: ["kr-too-safe", "kr-confidence"]))
    }

    @Test func aStoredConfidenceShowsInTheReading() {
        let objective = Objective(text: "Delight first-time buyers", keyResults: [
            KeyResult(text: "Raise first-order CSAT from 4.1 to 4.6 by end of Q3", confidence: 1),
        ])
        let report = engine.check([objective], cycle: nil)
        #expect(report.objectives[0].keyResults[0].reading.confidence == 1)
        #expect(report.objectives[0].keyResults[0].findings.contains { $0.rule == "kr-confidence" })
    }

    @Test func findingsCarryAConcreteFixInThePersonsWords() throws {
        let objective = Objective(text: "Grow the community", keyResults: [
            KeyResult(text: "Grow weekly active users to 24,000 by end of Q3"),
            KeyResult(text: "Raise forum answers per question from 0.8 to 1.5 by end of Q3"),
        ])
        let report = engine.check([objective], cycle: nil)
        let findings = report.objectives[0].keyResults[0].findings
        let finding = try #require(findings.first(where: { $0.rule == "kr-no-baseline" }))
        let suggestion = try #require(finding.rewrite)
        #expect(suggestion.contains("<today>"))
        #expect(suggestion.contains("24,000"))
        #expect(suggestion.contains("by end of Q3"))
    }

    @Test(arguments: [
        ("Grow revenue by 30% this year", "Grow revenue this year"),
        ("Reach 500 paying teams by the end of the year", "Reach more paying teams by the end of the year"),
        ("Grow to 500 paying teams", "Grow paying teams"),
        ("Reach 1 million monthly readers", "Reach more monthly readers"),
        ("Hit 30% market share in Germany", "Hit market share in Germany"),
    ])
    func aMetricInTheObjectiveComesWithTheObjectiveWithoutIt(objective: String, suggestion: String) throws {
        let findings = engine.check([Objective(text: objective, keyResults: [])], cycle: nil).objectives[0].findings
        let finding = try #require(findings.first(where: { $0.rule == "objective-has-metric" }))
        #expect(finding.rewrite == suggestion)
    }

    @Test func setFindingsAreReportedOnce() {
        let objectives = (1...6).map { Objective(text: "Objective number \($0) for the team", keyResults: []) }
        let report = engine.check(objectives, cycle: nil)
        #expect(report.findings.map(\.rule) == ["set-objective-count"])
        #expect(report.findings.first?.severity == .warning)
        let four = engine.check(Array(objectives.prefix(4)), cycle: nil)
        #expect(four.findings.first?.severity == .hint)
    }
}
