import OKRKit
import Testing

/// What a key result measures, read from its sentence as people write them, and the plans refused as drafting gaps.
@Suite struct KeyResultPlanTests {
    typealias Plan = KeyResultPlan
    typealias Expected = Result<KeyResultPlan, KeyResultPlan.Problem>

    static func planned(_ measure: Measure, _ baseline: Double?, _ target: Double, _ unit: String?) -> Expected {
        .success(Plan(measure: measure, baseline: baseline, target: target, unit: unit))
    }
    static func increase(_ from: Double, _ to: Double, _ unit: String? = nil) -> Expected { planned(.increase, from, to, unit) }
    static func decrease(_ from: Double, _ to: Double, _ unit: String? = nil) -> Expected { planned(.decrease, from, to, unit) }
    static func achieve(_ target: Double, _ unit: String? = nil) -> Expected { planned(.achieve, 0, target, unit) }
    static func atLeast(_ level: Double, _ unit: String? = nil) -> Expected { planned(.atLeast, nil, level, unit) }
    static func atMost(_ level: Double, _ unit: String? = nil) -> Expected { planned(.atMost, nil, level, unit) }
    static let milestone: Expected = .success(Plan(measure: .milestone))

    /// Sentences as people write them, each with the plan a person would expect.
    static let sentences: [(String, Expected)] = [
        // The issue's examples.
        ("Raise NPS from 45 to 70", increase(45, 70)),
        ("Cut churn from 3% to 2%", decrease(3, 2, "%")),
        ("Sign 12 new customers", achieve(12, "new customers")),
        ("Close $2.5M in new ACV", achieve(2_500_000, "$")),
        ("Keep uptime at or above 99.9%", atLeast(99.9, "%")),
        ("No more than 2 P1 incidents a month", atMost(2, "P1 incidents")),
        ("SOC 2 Type II report issued by June 30", milestone),
        ("Increase conversion from 2% by 25%", increase(2, 2.5, "%")),
        ("Halve onboarding time from 10 days", decrease(10, 5, "days")),
        ("Double weekly active users from 1,200", increase(1200, 2400)),
        // Moves with both ends.
        ("Reduce p95 latency from 800 ms to 300 ms", decrease(800, 300, "ms")),
        ("Grow MRR from $40k to $60k", increase(40_000, 60_000, "$")),
        ("Increase trial-to-paid conversion from 12% to 18% by end of Q3", increase(12, 18, "%")),
        ("Reduce time to first response from 4 hours to 1 hour", decrease(4, 1, "hours")),
        ("Reduce build time from 20 minutes to 8 minutes", decrease(20, 8, "minutes")),
        ("Increase weekly active users from 1,200 to 2,000", increase(1200, 2000)),
        ("Raise average order value from $45 to $55", increase(45, 55, "$")),
        ("Lower cost per acquisition from $120 to $90", decrease(120, 90, "$")),
        ("Decrease page load time from 3s to 1.5s", decrease(3, 1.5, "seconds")),
        ("Improve page load time from 3s to 1.5s", decrease(3, 1.5, "seconds")),
        ("Reduce invoice errors from 40 a month to 10 a month", decrease(40, 10)),
        ("Grow newsletter subscribers from 5,000 to 8,000", increase(5000, 8000)),
        ("Reduce churn from 5% to 3% by Q3 (confidence 6/10)", decrease(5, 3, "%")),
        ("Increase ARR from $2M to $3M", increase(2_000_000, 3_000_000, "$")),
        ("Bring median time to hire down from 45 days to 30 days", decrease(45, 30, "days")),
        ("Increase test coverage from 60% to 80%", increase(60, 80, "%")),
        // Moves by a change from a baseline.
        ("Cut AWS spend by $20k from $120k", decrease(120_000, 100_000, "$")),
        ("Grow revenue 20% from $1M", increase(1_000_000, 1_200_000, "$")),
        ("Increase NPS by 10 points from 40", increase(40, 50, "points")),
        ("Triple qualified pipeline from $1M", increase(1_000_000, 3_000_000, "$")),
        ("Cut onboarding time in half from 10 days", decrease(10, 5, "days")),
        ("Reduce cloud costs by 15% from $80k a month", decrease(80_000, 68_000, "$")),
        ("Cut cost per ticket by 20% from $12", decrease(12, 9.6, "$")),
        ("Raise activation by 10 points from 40%", increase(40, 50, "%")),
        ("Grow revenue 2x from $500k", increase(500_000, 1_000_000, "$")),
        ("Increase revenue by $500k from $2M", increase(2_000_000, 2_500_000, "$")),
        ("Reduce churn by half from 4%", decrease(4, 2, "%")),
        // A change and a target: the baseline is where the change started.
        ("Grow ARR 3x to $3M", increase(1_000_000, 3_000_000, "$")),
        ("Increase conversion by 25% to 2.5%", increase(2, 2.5, "%")),
        ("Cut churn in half to 2%", decrease(4, 2, "%")),
        ("Reduce costs by 20% to $80k", decrease(100_000, 80_000, "$")),
        // Negative numbers: the numbers say the way, the verb says what is better.
        ("Reduce net burn from -$500k to -$200k", increase(-500_000, -200_000, "$")),
        // Counts and amounts earned within the cycle.
        ("Hire 3 senior engineers", achieve(3, "senior engineers")),
        ("Publish 8 blog posts", achieve(8, "blog posts")),
        ("Get 500 beta sign-ups", achieve(500, "beta sign-ups")),
        ("Run 20 customer interviews", achieve(20, "customer interviews")),
        ("Launch in 3 new markets", achieve(3, "new markets")),
        ("Onboard 15 new partners by end of Q2", achieve(15, "new partners")),
        ("Close 40 deals", achieve(40, "deals")),
        // Levels to hold.
        ("Keep CSAT above 90%", atLeast(90, "%")),
        ("Keep monthly churn below 2%", atMost(2, "%")),
        ("Maintain 99.95% API availability", atLeast(99.95, "%")),
        ("Hold infrastructure cost under $50k a month", atMost(50_000, "$")),
        ("Keep error rate at or below 0.1%", atMost(0.1, "%")),
        ("Keep p99 latency under 200 ms", atMost(200, "ms")),
        ("Book 20 demos a month", atLeast(20, "demos")),
        // Milestones.
        ("Launch the mobile app", milestone),
        ("Ship v2 of the billing API", milestone),
        ("Complete the SOC 2 audit", milestone),
        ("Migrate all services to Kubernetes", milestone),
        ("Release the new pricing page by March 31", milestone),
        ("Ship GDPR consent flow to production", milestone),
        // Drafting gaps: a level reached from an unknown start, or nothing to move.
        ("Reduce churn to 2%", .failure(.noBaseline(.decrease))),
        ("Increase NPS to 60", .failure(.noBaseline(.increase))),
        ("Achieve 95% test coverage", .failure(.noBaseline(.increase))),
        ("Get activation to 60%", .failure(.noBaseline(.increase))),
        // A total reached is a level, however it is counted; an amount reached that is new is earned.
        ("Reach 10,000 monthly active users", .failure(.noBaseline(.increase))),
        ("Hit $1M ARR", .failure(.noBaseline(.increase))),
        ("Surpass 2,000 paying customers", .failure(.noBaseline(.increase))),
        ("Raise NPS from 45 to 45", .failure(.baselineIsTarget(45))),
        ("Reduce costs by 100% to $0", .failure(.noBaseline(.decrease))),
    ]

    /// Sentences not read as a person would; each says what goes wrong.
    static let knownMisreadings: [(String, Expected, String)] = [
        ("Never exceed 3 failed deploys per week", atMost(3, "failed deploys"),
         "the reader does not take \"never exceed\" as a ceiling (no bound), so the rate reads as a floor"),
        ("Reduce support tickets by 30% from 500 a week", decrease(500, 350, "support tickets"),
         "the reader lends the change's \"%\" to a baseline without a unit, so the tickets read as a percentage"),
    ]

    static func plan(_ sentence: String, measure: Measure? = nil) -> Expected {
        KeyResultPlan.of(KeyResult(text: sentence, measure: measure), reading: KeyResultReader.read(sentence))
    }

    /// Equal plans, numbers within a rounding error ("by 20% from $12" is 9.600000000000001).
    static func same(_ found: Expected, _ expected: Expected) -> Bool {
        guard case .success(let a) = found, case .success(let b) = expected else { return found == expected }
        func close(_ x: Double?, _ y: Double?) -> Bool {
            guard let x, let y else { return x == nil && y == nil }
            return abs(x - y) <= 1e-9 * max(1, abs(y))
        }
        return a.measure == b.measure && a.unit == b.unit && close(a.baseline, b.baseline) && close(a.target, b.target)
    }

    @Test func atLeastFortySentences() {
        #expect(Self.sentences.count >= 40)
    }

    @Test(arguments: sentences)
    func readsThePlanAPersonExpects(sentence: String, expected: Expected) {
        let found = Self.plan(sentence)
        #expect(Self.same(found, expected), "\(sentence): \(found)")
        if case .success(let plan) = expected {
            #expect(KeyResultPlan.implied(by: KeyResultReader.read(sentence)) == plan.measure, "\(sentence)")
        }
    }

    @Test(arguments: knownMisreadings)
    func misreadingsAreKnownIssues(sentence: String, expected: Expected, why: String) {
        withKnownIssue(Comment(rawValue: why)) {
            #expect(Self.same(Self.plan(sentence), expected), "\(sentence)")
        }
    }

    @Test func aSetMeasureWinsOverTheSentence() {
        #expect(Self.same(Self.plan("Raise NPS from 45 to 70", measure: .atLeast), Self.atLeast(70)))
        #expect(Self.same(Self.plan("Raise NPS from 45 to 70", measure: .milestone), Self.milestone))
        #expect(Self.same(Self.plan("Keep CSAT above 90%", measure: .achieve), Self.achieve(90, "%")))
        #expect(Self.plan("Sign 12 new customers", measure: .increase) == .failure(.noBaseline(.increase)))
        #expect(Self.plan("Launch the mobile app", measure: .atMost) == .failure(.noTarget(.atMost)))
        #expect(Self.plan("Launch the mobile app", measure: .achieve) == .failure(.noTarget(.achieve)))
    }

    @Test func aTargetAgainstTheSetDirectionIsRefused() {
        #expect(Self.plan("Cut churn from 3% to 2%", measure: .increase) == .failure(.againstDirection(.increase)))
        #expect(Self.plan("Raise NPS from 45 to 70", measure: .decrease) == .failure(.againstDirection(.decrease)))
        #expect(Self.plan("Raise NPS from 45 to 45", measure: .decrease) == .failure(.baselineIsTarget(45)))
    }

    @Test func aChangeOfNothingIsRefusedNotMistaken() {
        // "by 0%" from 40 ends where it starts; a factor of 1 moves nothing at all.
        #expect(Self.plan("Increase NPS by 0% from 40") == .failure(.baselineIsTarget(40)))
        let once = KeyResultPlan.of(
            KeyResult(text: "Grow revenue from $1M"),
            reading: Reading(direction: .increase, baseline: 1_000_000, change: 1, unit: "$", changeKind: .multiplier))
        #expect(once == .failure(.noTarget(.increase)))
    }

    @Test func theImpliedMeasureOfReadingsWithoutASentence() {
        #expect(KeyResultPlan.implied(by: Reading()) == .milestone)
        #expect(KeyResultPlan.implied(by: Reading(direction: .increase)) == .milestone)
        #expect(KeyResultPlan.implied(by: Reading(direction: .maintain, target: 5, bound: .atMost)) == .atMost)
        #expect(KeyResultPlan.implied(by: Reading(direction: .maintain, target: 5)) == .atLeast)
        #expect(KeyResultPlan.implied(by: Reading(baseline: 20, target: 10)) == .decrease)
        #expect(KeyResultPlan.implied(by: Reading(direction: .achieve, target: 60, unit: "%")) == .increase)
        #expect(KeyResultPlan.implied(by: Reading(direction: .achieve, target: 9, unit: "hours")) == .increase)
        #expect(KeyResultPlan.implied(by: Reading(direction: .achieve, target: 60, unit: "deals")) == .achieve)
        #expect(KeyResultPlan.implied(by: Reading(direction: .achieve, target: 60, unit: "deals", per: "week")) == .atLeast)
    }
}
