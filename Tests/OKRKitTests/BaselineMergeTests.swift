import OKRKit
import Testing

/// The sentence a stated baseline turns a key result into: right, in the metric's own unit.
@Suite struct BaselineMergeTests {
    @Test(arguments: [
        ("Reduce first response time by 50%", "6 hours", "Reduce first response time from 6 hours to 3 hours"),
        ("Cut churn by 20%", "5%", "Cut churn from 5% to 4%"),
        ("Cut incidents by 50%", "10", "Cut incidents from 10 to 5"),
        ("Triple weekly active teams", "300", "Triple weekly active teams from 300 to 900"),
        ("Raise NPS to 70", "45", "Raise NPS from 45 to 70"),
        ("Raise conversion to 7%", "4", "Raise conversion from 4% to 7%"),
        // Issue 12: the verb follows the values, units stay, the counted noun is not repeated.
        ("Time to first value under 14 days", "30 days", "Reduce time to first value from 30 days to 14 days"),
        ("Time to first value under 14 days", "30", "Reduce time to first value from 30 days to 14 days"),
        ("Cut response time to 2 hours", "3 days", "Cut response time from 72 hours to 2 hours"),
        ("Get 30 customer testimonials", "5", "Grow customer testimonials from 5 to 30"),
        ("Get 30 customer testimonials", "5 testimonials", "Grow customer testimonials from 5 to 30"),
        ("Grow organic traffic to 50,000 visits a month", "20,000 visits a month", "Grow organic traffic from 20,000 to 50,000 visits a month"),
    ])
    func theBaselineIsMergedInTheMetricsUnit(keyResult: String, today: String, merged: String) throws {
        #expect(try Self.merge(today, into: keyResult) == .merged(merged))
    }

    @Test(arguments: ["Launch the new onboarding email campaign", "Raise NPS", "Improve support"])
    func noMergeWithoutAMetricAndATarget(keyResult: String) throws {
        #expect(try Self.merge("6 hours", into: keyResult) == .noTarget)
    }

    @Test(arguments: [
        ("Raise NPS to 70", "80", "70"),
        ("Time to first value under 14 days", "10 days", "14 days"),
        ("Cut churn to 2%", "1.5%", "2%"),
        ("Raise NPS to 70", "70", "70"),
        ("Hit 500 paying customers", "600", "500"),
    ])
    func aValueAlreadyPastTheTargetIsNotMergedTheOtherWay(keyResult: String, today: String, target: String) throws {
        #expect(try Self.merge(today, into: keyResult) == .pastTarget(target: target))
    }

    /// Merges the first measure of an answer into a key result under a plain objective, without a cycle.
    static func merge(_ answer: String, into keyResult: String) throws -> BaselineMerge.Outcome {
        let baseline = try #require(KeyResultReader.quantities(in: answer).filter(\.isMeasure).first)
        return BaselineMerge.merge(baseline: baseline, into: KeyResult(text: keyResult), of: Objective(text: "Delight our customers"), cycle: nil)
    }
}
