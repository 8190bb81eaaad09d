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
    ])
    func theBaselineIsMergedInTheMetricsUnit(keyResult: String, today: String, merged: String) throws {
        let measures = KeyResultReader.quantities(in: today).filter(\.isMeasure)
        let baseline = try #require(measures.first)
        let objective = Objective(text: "Delight our customers")
        #expect(BaselineMerge.stating(baseline: baseline, in: KeyResult(text: keyResult), of: objective, cycle: nil) == merged)
    }

    @Test(arguments: ["Launch the new onboarding email campaign", "Raise NPS", "Improve support"])
    func noMergeWithoutAMetricAndATarget(keyResult: String) throws {
        let measures = KeyResultReader.quantities(in: "6 hours").filter(\.isMeasure)
        let baseline = try #require(measures.first)
        #expect(BaselineMerge.stating(baseline: baseline, in: KeyResult(text: keyResult), of: Objective(text: "Delight our customers"), cycle: nil) == nil)
    }
}
