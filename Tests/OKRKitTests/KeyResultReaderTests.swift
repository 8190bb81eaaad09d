import Foundation
import OKRKit
import Testing

/// One sentence and the parts of its reading that matter, written "field: value | field: value";
/// "nil" means the part must be absent.
struct ReaderCase: Sendable, CustomStringConvertible {
    let text: String
    let expected: String
    init(_ text: String, _ expected: String) {
        self.text = text
        self.expected = expected
    }
    var description: String { text }
}

@Suite struct KeyResultReaderTests {
    static let saas: [ReaderCase] = [
        ReaderCase("Lift week-2 retention from 38% to 46% by the end of Q3",
            "direction: increase | metric: week-2 retention | baseline: 38 | target: 46 | unit: % | deadline: by the end of Q3"),
        // "twice" says how often here, not how much.
        ReaderCase("Raise the share of buyers who order twice from 25% to 35%",
            "direction: increase | metric: share of buyers who order twice | change: nil | baseline: 25 | target: 35 | unit: %"),
        ReaderCase("Get twice as many sign-ups as last quarter", "target: 2 | unit: x"),
        ReaderCase("Grow MRR from $80k to $120k by Sept 30",
            "direction: increase | metric: MRR | baseline: 80000 | target: 120000 | unit: $ | deadline: by Sept 30"),
        ReaderCase("Take ARR from €2.4M to €4M in FY27",
            "direction: increase | metric: ARR | baseline: 2400000 | target: 4000000 | unit: € | deadline: in FY27"),
        ReaderCase("Increase self-serve signups by 40% this quarter",
            "direction: increase | metric: self-serve signups | change: 40 | unit: % | target: nil | baseline: nil | deadline: this quarter"),
        ReaderCase("Cut logo churn from 3.1% to 2% monthly by EOY",
            "direction: decrease | metric: logo churn | baseline: 3.1 | target: 2 | unit: % | deadline: by EOY"),
        ReaderCase("Double the number of teams using the API by H2",
            "direction: increase | metric: number of teams using the API | change: 2 | unit: x | deadline: by H2"),
        ReaderCase("Reach 250K monthly active users by 2027-06-30",
            "direction: achieve | target: 250000 | metric: monthly active users | deadline: by 2027-06-30 | baseline: nil"),
        ReaderCase("Trial to paid conversion: 4% → 6.5% by Q2",
            "direction: increase | metric: Trial to paid conversion | baseline: 4 | target: 6.5 | unit: % | deadline: by Q2"),
        ReaderCase("improve activation rate 22%->30% before the end of the half",
            "direction: increase | metric: activation rate | baseline: 22 | target: 30 | unit: % | deadline: before the end of the half"),
        ReaderCase("Expand net revenue retention from 104 to 115% (confidence 4/10)",
            "direction: increase | metric: net revenue retention | baseline: 104 | target: 115 | unit: % | confidence: 4"),
        ReaderCase("Halve time-to-first-value from 10 days to 5 days",
            "direction: decrease | metric: time-to-first-value | baseline: 10 | target: 5 | unit: days"),
        ReaderCase("Get expansion revenue to $1.5 million by year end",
            "direction: achieve | metric: expansion revenue | target: 1500000 | unit: $ | deadline: by year end"),
    ]

    static let support: [ReaderCase] = [
        ReaderCase("Answer 90% of chats within 2 minutes",
            "direction: achieve | target: 90 | unit: % | deadline: nil | metric: chats"),
        ReaderCase("Bring first-contact resolution up from 61% to 75% by end of Q1",
            "direction: increase | metric: first-contact resolution | baseline: 61 | target: 75 | unit: % | deadline: by end of Q1"),
        ReaderCase("Lower average handle time from 9 min to 6 min",
            "direction: decrease | metric: average handle time | baseline: 9 | target: 6 | unit: minutes"),
        ReaderCase("Keep CSAT above 4.6 every week",
            "direction: maintain | metric: CSAT | target: 4.6 | deadline: nil"),
        ReaderCase("Reduce ticket backlog by 30 percent in the next 60 days",
            "direction: decrease | metric: ticket backlog | change: 30 | unit: % | deadline: in the next 60 days"),
        ReaderCase("Improve time to resolution from 2 days to 8 hours",
            "direction: decrease | metric: time to resolution | baseline: 48 | target: 8 | unit: hours"),
        ReaderCase("Escalations below 5 per week by end of March",
            "metric: Escalations | target: 5 | deadline: by end of March"),
        ReaderCase("Acknowledge every P1 incident within 15 minutes, 99% of the time",
            "direction: achieve | target: 99 | unit: % | deadline: nil"),
    ]

    static let sales: [ReaderCase] = [
        ReaderCase("Close $3M in new bookings by Q4 2027",
            "target: 3000000 | unit: $ | deadline: by Q4 2027 | metric: new bookings"),
        ReaderCase("Grow pipeline coverage from 2.5x to 4x",
            "direction: increase | metric: pipeline coverage | baseline: 2.5 | target: 4 | unit: x"),
        ReaderCase("Increase average deal size by 15 pct to $48,000",
            "direction: increase | metric: average deal size | change: 15 | target: 48000 | unit: $"),
        ReaderCase("Win 12 new logos in the DACH region this quarter",
            "direction: increase | target: 12 | deadline: this quarter"),
        ReaderCase("Raise win rate from 18 to 25 percent by June",
            "direction: increase | metric: win rate | baseline: 18 | target: 25 | unit: % | deadline: by June"),
        ReaderCase("Shorten the sales cycle from 90 to 60 days by EOQ",
            "direction: decrease | metric: sales cycle | baseline: 90 | target: 60 | unit: days | deadline: by EOQ"),
        ReaderCase("Book 40 qualified demos/month",
            "target: 40 | deadline: nil | metric: qualified demos"),
        ReaderCase("Generate USD 750k in partner-sourced pipeline",
            "target: 750000 | unit: USD | metric: partner-sourced pipeline"),
    ]

    static let engineering: [ReaderCase] = [
        ReaderCase("Reduce p95 API latency from 480ms to 200ms by the end of Q3",
            "direction: decrease | metric: p95 API latency | baseline: 480 | target: 200 | unit: ms | deadline: by the end of Q3"),
        ReaderCase("Cut pipeline time from 45m to 20m", "direction: decrease | baseline: 45 | target: 20 | unit: minutes"),
        ReaderCase("Grow ARR from 3m to 5m", "baseline: 3000000 | target: 5000000"),
        ReaderCase("Speed up CI builds from 25 minutes to 8 minutes",
            "direction: decrease | metric: CI builds | baseline: 25 | target: 8 | unit: minutes"),
        ReaderCase("Keep uptime at or above 99.95% in Q3",
            "direction: maintain | metric: uptime | target: 99.95 | unit: % | deadline: in Q3"),
        ReaderCase("Increase deploy frequency from 2/week to 10/week",
            "direction: increase | metric: deploy frequency | baseline: 2 | target: 10"),
        ReaderCase("Cut escaped defects in half by the end of the year",
            "direction: decrease | metric: escaped defects | change: 0.5 | unit: x | deadline: by the end of the year"),
        ReaderCase("Raise unit test coverage to 85%",
            "direction: increase | metric: unit test coverage | target: 85 | unit: % | baseline: nil"),
        ReaderCase("Eliminate all Sev-1 incidents caused by config changes",
            "direction: decrease | target: nil | change: nil"),
        ReaderCase("Bring MTTR down from 3h to under 45 min by 31 December",
            "direction: decrease | metric: MTTR | baseline: 180 | target: 45 | unit: minutes | deadline: by 31 December"),
        ReaderCase("Migrate 100% of services to Kubernetes by end of H1",
            "direction: achieve | target: 100 | unit: % | deadline: by end of H1"),
        ReaderCase("Reduce cloud spend by $15k per month",
            "direction: decrease | metric: cloud spend | change: 15000 | unit: $"),
    ]

    static let people: [ReaderCase] = [
        ReaderCase("Hire 6 backend engineers by May 15",
            "direction: achieve | target: 6 | unit: backend engineers | deadline: by May 15"),
        ReaderCase("Raise eNPS from 12 to 30 by the end of Q4",
            "direction: increase | metric: eNPS | baseline: 12 | target: 30 | deadline: by the end of Q4"),
        ReaderCase("Reduce regretted attrition from 14% to 9% annually",
            "direction: decrease | metric: regretted attrition | baseline: 14 | target: 9 | unit: % | deadline: nil"),
        ReaderCase("Cut time-to-hire to 30 days",
            "direction: decrease | metric: time-to-hire | target: 30 | unit: days"),
        ReaderCase("Hold 12 skip-level interviews by week 6",
            "direction: achieve | target: 12 | deadline: by week 6"),
        ReaderCase("Get 95% of managers through feedback training by end of Q2",
            "target: 95 | unit: % | deadline: by end of Q2"),
        ReaderCase("Improve engagement survey participation to 80 pct",
            "direction: increase | target: 80 | unit: %"),
    ]

    static let operations: [ReaderCase] = [
        ReaderCase("Reduce scrap rate from 4,2% to 2,5% at the Leeds plant",
            "direction: decrease | baseline: 4.2 | target: 2.5 | unit: %"),
        ReaderCase("Increase OEE from 62% to 75% by the end of 2027",
            "direction: increase | metric: OEE | baseline: 62 | target: 75 | unit: % | deadline: by the end of 2027"),
        ReaderCase("Lower cost per unit from £4.80 to £4.20",
            "direction: decrease | metric: cost per unit | baseline: 4.8 | target: 4.2 | unit: £"),
        ReaderCase("Ship 98% of orders within 48 hours",
            "target: 98 | unit: % | deadline: nil"),
        ReaderCase("Cut inventory write-offs by €100.000 this year",
            "direction: decrease | change: 100000 | unit: € | deadline: this year"),
        ReaderCase("Achieve zero lost-time injuries in 2027",
            "direction: achieve | target: 0 | deadline: in 2027"),
        ReaderCase("Raise on-time-in-full deliveries 88% → 96%",
            "direction: increase | baseline: 88 | target: 96 | unit: %"),
    ]

    static let marketing: [ReaderCase] = [
        ReaderCase("Grow organic traffic by 2x by the end of Q3",
            "direction: increase | metric: organic traffic | change: 2 | unit: x | deadline: by the end of Q3"),
        ReaderCase("Increase newsletter subscribers from 8,500 to 15,000",
            "direction: increase | metric: newsletter subscribers | baseline: 8500 | target: 15000"),
        ReaderCase("Lower CAC from $310 to $240 by Q3 2027",
            "direction: decrease | metric: CAC | baseline: 310 | target: 240 | unit: $ | deadline: by Q3 2027"),
        ReaderCase("Publish twenty-five long-form articles before December",
            "direction: achieve | target: 25 | deadline: before December"),
        ReaderCase("Triple webinar attendance",
            "direction: increase | metric: webinar attendance | change: 3 | unit: x"),
        ReaderCase("Improve email click-through rate from 2.1% to 3.5% [6/10]",
            "direction: increase | metric: email click-through rate | baseline: 2.1 | target: 3.5 | confidence: 6"),
        ReaderCase("Increase brand search volume 10× within 12 months",
            "direction: increase | change: 10 | unit: x | deadline: within 12 months"),
        ReaderCase("Get a dozen customer case studies published",
            "target: 12"),
    ]

    static let oddlyTyped: [ReaderCase] = [
        ReaderCase("  incrase   NPS from 30  to 45   by Q3 ",
            "metric: NPS | baseline: 30 | target: 45 | deadline: by Q3 | direction: increase"),
        ReaderCase("Rasie NPS from 30 to 45", "direction: increase | metric: NPS"),
        ReaderCase("Cut median **deploy time** from **42 minutes** to *10 minutes* by **end of Q4**",
            "direction: decrease | metric: median deploy time | baseline: 42 | target: 10 | unit: minutes | deadline: by end of Q4"),
        ReaderCase("* Raise NPS from 30 to 45", "direction: increase | metric: NPS | baseline: 30 | target: 45"),
        ReaderCase("Lower the share of laptops without disk encryption from 9% to 0% by end of Q2",
            "direction: decrease | metric: share of laptops without disk encryption | baseline: 9 | target: 0 | unit: %"),
        ReaderCase("Cut cloud costs by 20% without hurting p95 latency",
            "direction: decrease | metric: cloud costs | change: 20 | unit: %"),
        ReaderCase("Redcue churn from 6% to 4%", "direction: decrease | metric: churn"),
        ReaderCase("Sales pipeline to $2M", "metric: Sales pipeline | target: 2000000 | direction: achieve"),
        ReaderCase("REDUCE CHURN FROM 6% TO 4% BY END OF Q2",
            "direction: decrease | metric: CHURN | baseline: 6 | target: 4 | unit: % | deadline: BY END OF Q2"),
        ReaderCase("reduce\tchurn from 6 %\tto 4 %",
            "direction: decrease | baseline: 6 | target: 4 | unit: %"),
        ReaderCase("Grow MRR from 40 to 60k",
            "baseline: 40000 | target: 60000"),
        ReaderCase("Increase revenue by 20% in Q3 (confidence: 0.5)",
            "change: 20 | confidence: 5 | deadline: in Q3 | target: nil"),
        ReaderCase("Raise NPS to 50, 70% confident",
            "target: 50 | confidence: 7"),
        ReaderCase("Increase paid users from 1.200 to 2.000",
            "baseline: 1200 | target: 2000"),
        ReaderCase("Raise the basket score from 2.125 to 3.5", "baseline: 2.125 | target: 3.5"),
        ReaderCase("Grow members from 800 to 1.200", "baseline: 800 | target: 1200"),
        ReaderCase("Increase conversion to 20-25%",
            "target: 20 | unit: % | direction: increase"),
        ReaderCase("Reduce refund rate to 1,5%",
            "direction: decrease | target: 1.5 | unit: %"),
        ReaderCase("Boost NPS by 10 pts",
            "direction: increase | change: 10 | unit: points | metric: NPS"),
        ReaderCase("Grow revenue 3bn to 4.5bn",
            "baseline: 3000000000 | target: 4500000000 | direction: increase"),
        ReaderCase("Improve onboarding completion (conf 7/10)",
            "confidence: 7 | target: nil | baseline: nil | metric: onboarding completion"),
        ReaderCase("Resolve tickets in under 4 hours",
            "deadline: nil | target: 4 | unit: hours"),
        ReaderCase("Launch the partner portal EOQ",
            "direction: achieve | deadline: EOQ | metric: partner portal"),
        ReaderCase("Q3: raise activation from 30% to 40%",
            "deadline: Q3 | baseline: 30 | target: 40 | direction: increase"),
    ]

    /// The same key result with its deadline and confidence written many ways.
    static let deadlines: [ReaderCase] = [
        ReaderCase("Lift CSAT to 4.7 by 30 June 2027", "target: 4.7 | deadline: by 30 June 2027"),
        ReaderCase("Lift CSAT to 4.7 by the 1st of July", "target: 4.7 | deadline: by the 1st of July"),
        ReaderCase("Lift CSAT to 4.7 no later than Sept 2027", "target: 4.7 | deadline: no later than Sept 2027"),
        ReaderCase("Lift CSAT to 4.7 in the first half of 2027", "deadline: in the first half of 2027"),
        ReaderCase("Lift CSAT to 4.7 over the next two quarters", "deadline: over the next two quarters"),
        ReaderCase("Lift CSAT to 4.7 within a month", "deadline: within a month"),
        ReaderCase("Lift CSAT to 4.7 by Q3'27", "deadline: by Q3'27"),
        ReaderCase("Lift CSAT to 4.7 in Q3 FY27", "deadline: in Q3 FY27"),
        ReaderCase("Lift CSAT to 4.7 by 31.12.2027", "target: 4.7 | deadline: by 31.12.2027"),
        ReaderCase("Lift CSAT to 4.7 by day 90", "target: 4.7 | deadline: by day 90"),
        ReaderCase("Lift CSAT to 4.7 monthly", "target: 4.7 | deadline: nil"),
        ReaderCase("Lift CSAT to 4.7 for 3 consecutive months", "target: 4.7 | deadline: nil"),
        ReaderCase("Lift CSAT to 4.7 (confidence: 7 out of 10)", "target: 4.7 | confidence: 7"),
        ReaderCase("Lift CSAT to 4.7 - confidence 70%", "target: 4.7 | confidence: 7"),
        ReaderCase("Lift CSAT to 4.7 | conf: 3", "target: 4.7 | confidence: 3"),
        ReaderCase("Lift CSAT to 4.7 (7/10)", "target: 4.7 | confidence: 7"),
        ReaderCase("Lift CSAT to 4.7 with 60% confidence", "target: 4.7 | confidence: 6"),
        ReaderCase("Confidence 6/10: lift CSAT from 4.2 to 4.7", "baseline: 4.2 | target: 4.7 | confidence: 6"),
        ReaderCase("[8/10] Cut refund rate from 5% to 4%", "baseline: 5 | target: 4 | unit: % | confidence: 8"),
        ReaderCase("Lift CSAT to 4.7 (c: 6/10)", "target: 4.7 | confidence: 6"),
        ReaderCase("Lift CSAT to 4.7, 3 out of 10 confident", "target: 4.7 | confidence: 3"),
        ReaderCase("Lift CSAT to 4.7 (confidence high)", "target: 4.7 | confidence: nil"),
        ReaderCase("Ship the billing revamp within 10 days", "deadline: within 10 days"),
        ReaderCase("Lift CSAT to 4.7 by Friday", "deadline: by Friday"),
        ReaderCase("Lift CSAT to 4.7 in fiscal Q1", "deadline: in fiscal Q1"),
        ReaderCase("Lift CSAT to 4.7 by Jan 15th, 2027", "deadline: by Jan 15th, 2027"),
        ReaderCase("Lift CSAT to 4.7 by the end of next quarter", "deadline: by the end of next quarter"),
        ReaderCase("Lift CSAT to 4.7 by summer 2027", "deadline: by summer 2027"),
        ReaderCase("Lift CSAT to 4.7 before launch", "deadline: before launch"),
        ReaderCase("Lift CSAT to 4.7 by 3/31", "target: 4.7 | deadline: by 3/31"),
        ReaderCase("Lift CSAT to 4.7 in 3 sprints", "deadline: in 3 sprints"),
        ReaderCase("Lift CSAT to 4.7 by upselling", "deadline: nil"),
        ReaderCase("Ensure 100% of invoices go out within 2 days", "target: 100 | deadline: nil"),
        ReaderCase("Lift trial conversion to 9% within 10 days", "target: 9 | deadline: within 10 days"),
        ReaderCase("Reply to partner emails within 1 business day", "deadline: nil"),
        ReaderCase("Answer every sales inquiry within a day", "deadline: nil"),
        ReaderCase("Lift CSAT to 4.7 within a quarter", "deadline: within a quarter"),
    ]

    /// Health statements, signed values and moves stated beside an end value.
    static let levelsAndMoves: [ReaderCase] = [
        ReaderCase("Don't let monthly churn exceed 3%", "direction: maintain | metric: monthly churn | target: 3 | unit: %"),
        ReaderCase("Keep headcount flat at 45", "direction: maintain | metric: headcount | target: 45"),
        ReaderCase("Sustain 99.99% availability for the payments API", "direction: maintain | target: 99.99"),
        ReaderCase("Lift NPS from -12 to +15", "direction: increase | baseline: -12 | target: 15"),
        ReaderCase("Reduce net burn from -$400k to -$150k per month",
            "direction: decrease | baseline: -400000 | target: -150000 | unit: $"),
        ReaderCase("Widen gross margin 4 points to 72%",
            "direction: increase | change: 4 | target: 72 | unit: % | baseline: nil"),
        ReaderCase("Sustain 15% month-over-month growth in paid seats", "target: 15 | unit: % | metric: growth in paid seats"),
        ReaderCase("Build a self-serve analytics workspace", "direction: achieve | target: nil | metric: self-serve analytics workspace"),
        ReaderCase("Interview 30 churned customers about pricing", "direction: achieve | target: 30 | metric: churned customers"),
    ]

    /// Sentences without a verb, ordinals, fractions, abbreviations and baselines given on the side.
    static let shorthand: [ReaderCase] = [
        ReaderCase("Team NPS above 50 all year", "metric: Team NPS | target: 50"),
        ReaderCase("Checkout NPS ≥ 55 by Q4", "metric: Checkout NPS | target: 55 | deadline: by Q4 | direction: achieve"),
        ReaderCase("Onboarding completion ≥70%", "metric: Onboarding completion | target: 70 | unit: %"),
        ReaderCase("99th percentile checkout latency < 400 ms", "metric: 99th percentile checkout latency | target: 400 | unit: ms"),
        ReaderCase("Reduce picking errors by 1/3", "direction: decrease | change: 33.33 | unit: % | deadline: nil"),
        ReaderCase("Cut the defect rate by a third", "direction: decrease | metric: defect rate | change: 33.33 | unit: %"),
        ReaderCase("Ramp up to 40 weekly demos", "direction: increase | target: 40"),
        ReaderCase("Raise avg. basket size from €31 to €36", "metric: avg. basket size | baseline: 31 | target: 36 | unit: €"),
        ReaderCase("Grow paying teams to 900 (from 650)", "baseline: 650 | target: 900 | metric: paying teams"),
        ReaderCase("Grow paying teams to 900, up from 650", "baseline: 650 | target: 900"),
        ReaderCase("Grow bookings by $400k to $2.2M", "change: 400000 | target: 2200000 | unit: $"),
        ReaderCase("Increase 7-day retention from 31% to 38%", "metric: 7-day retention | baseline: 31 | target: 38"),
        ReaderCase("KR2: Increase trial signups from 400 to 650", "direction: increase | metric: trial signups | baseline: 400"),
        ReaderCase("3) Lower refund rate to 2%", "direction: decrease | metric: refund rate | target: 2"),
        ReaderCase("Retention: improve from 60% to 70%", "direction: increase | metric: Retention | baseline: 60 | target: 70"),
        ReaderCase("Take CSAT from the low 70s to 85", "baseline: 70 | target: 85 | metric: CSAT | unit: nil"),
        ReaderCase("Trim hosting spend 10% QoQ while keeping p95 under 300ms",
            "direction: decrease | change: 10 | unit: % | target: nil | metric: hosting spend"),
        ReaderCase("Raise LTV:CAC from 2.4 to 3.5", "metric: LTV:CAC | baseline: 2.4 | target: 3.5"),
        ReaderCase("Move 70% of accounts onto annual plans by 1 April",
            "target: 70 | metric: accounts onto annual plans | deadline: by 1 April"),
        ReaderCase("Get first-response SLA attainment back above 95%", "metric: first-response SLA attainment | target: 95"),
        ReaderCase("Add 1,200 net new paying users", "target: 1200 | metric: net new paying users"),
        ReaderCase("Achieve 4x return on ad spend", "target: 4 | unit: x | change: nil"),
        ReaderCase("Keep ROAS above 3x", "direction: maintain | target: 3 | unit: x"),
        ReaderCase("Handle 2x more chats per agent", "direction: increase | change: 2 | unit: x"),
        ReaderCase("3x qualified pipeline by Q4", "direction: increase | change: 3 | metric: qualified pipeline"),
        ReaderCase("Ensure fewer than 2% of deploys are rolled back", "target: 2 | metric: deploys are rolled back"),
        ReaderCase("Enterprise win rate from 18% to 24%", "metric: Enterprise win rate | direction: increase | baseline: 18"),
        ReaderCase("App store reviews increase to 4.6 stars", "metric: App store reviews | direction: increase | target: 4.6"),
        ReaderCase("Deliver 4 of 5 roadmap milestones", "target: 4 | metric: roadmap milestones"),
        ReaderCase("Referral signups: 120 → 300 (H2)", "metric: Referral signups | baseline: 120 | target: 300 | deadline: H2"),
    ]

    /// Shapes a colleague found misread: verbs the vocabularies lack, ratings in stars, cadences as values, labelled
    /// baselines, and lead-in words that are part of a noun.
    static let misreadShapes: [ReaderCase] = [
        ReaderCase("Attend 4 industry conferences", "metric: industry conferences | target: 4 | direction: achieve"),
        ReaderCase("Mentor 6 junior engineers by Q3", "metric: junior engineers | target: 6 | deadline: by Q3"),
        ReaderCase("Achieve a 4.5-star rating", "target: 4.5 | unit: stars | direction: achieve"),
        ReaderCase("Reach a 4.8-star app store rating by Q4", "metric: app store rating | target: 4.8 | unit: stars"),
        ReaderCase("Deploy frequency from weekly to daily", "direction: increase | metric: Deploy frequency"),
        ReaderCase("Move the release cadence from monthly to weekly", "direction: increase | metric: release cadence"),
        ReaderCase("Report frequency from daily to weekly", "direction: decrease | metric: Report frequency"),
        ReaderCase("Customer interviews: 20 per quarter", "metric: Customer interviews | target: 20"),
        ReaderCase("Partner interviews: 12 per month", "metric: Partner interviews | target: 12"),
        ReaderCase("Grow MAU 20% from a 10k baseline",
            "direction: increase | metric: MAU | change: 20 | unit: % | baseline: 10000 | target: nil"),
        ReaderCase("Grow paid seats 15% from a 2,000 baseline", "metric: paid seats | change: 15 | baseline: 2000 | target: nil"),
        ReaderCase("Reduce churn from a baseline of 5% to 3%",
            "direction: decrease | metric: churn | baseline: 5 | target: 3 | unit: %"),
        ReaderCase("Lift activation from a baseline of 40% to 55% by Q2", "metric: activation | baseline: 40 | target: 55"),
        ReaderCase("Increase NPS (baseline: 35) to 50", "direction: increase | metric: NPS | baseline: 35 | target: 50"),
        ReaderCase("Raise CSAT (baseline = 4.1) to 4.5", "metric: CSAT | baseline: 4.1 | target: 4.5"),
        ReaderCase("Raise CSAT to 4.6 (baseline: 4.2) by Q2", "direction: increase | metric: CSAT | baseline: 4.2 | target: 4.6"),
        ReaderCase("Lift donations from 12 500 to 20 000 by Q4", "metric: donations | baseline: 12500 | target: 20000"),
        ReaderCase("Grow partner-sourced deals fivefold by Q4",
            "direction: increase | metric: partner-sourced deals | change: 5 | unit: x | target: nil"),
        ReaderCase("Grow marketplace GMV eight-fold", "metric: marketplace GMV | change: 8 | unit: x"),
        ReaderCase("Climb to a 4.6-star average review score", "metric: average review score | target: 4.6 | unit: stars"),
        ReaderCase("Lift our listing from 3.9-star to 4.4-star by Q3",
            "direction: increase | metric: listing | baseline: 3.9 | target: 4.4 | unit: stars"),
        ReaderCase("Launch a help center", "metric: help center | direction: achieve"),
        ReaderCase("Ship the plan builder", "metric: plan builder"),
    ]

    static var all: [ReaderCase] {
        saas + support + sales + engineering + people + operations + marketing + oddlyTyped + deadlines + levelsAndMoves
            + shorthand + misreadShapes
    }

    @Test(arguments: all) func readsTheSentence(_ c: ReaderCase) {
        let actual = Self.fields(of: KeyResultReader.read(c.text))
        for pair in c.expected.split(separator: "|") {
            let parts = pair.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                Issue.record("malformed expectation \(pair)")
                continue
            }
            let want = parts[1] == "nil" ? nil : parts[1]
            #expect(actual[parts[0]] ?? nil == want, "\(parts[0])")
        }
    }

    /// The reading as strings, numbers without a trailing ".0".
    static func fields(of r: Reading) -> [String: String?] {
        func number(_ v: Double?) -> String? {
            guard let v else { return nil }
            return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        }
        return [
            "direction": r.direction?.rawValue, "metric": r.metric, "baseline": number(r.baseline), "target": number(r.target),
            "change": number(r.change), "unit": r.unit, "deadline": r.deadline, "confidence": number(r.confidence),
        ]
    }
}
