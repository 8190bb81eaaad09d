import OKRKit
import Testing

/// What `kr-compound` tells a person: the two parts it found, and the two key results the sentence becomes.
@Suite struct CompoundSplitTests {
    private func finding(_ text: String) -> Finding? {
        let engine = CheckEngine(catalog: .standard.only(["kr-compound"]))
        let objective = Objective(text: "Make this our best quarter yet", keyResults: [KeyResult(text: text)])
        return engine.check([objective], cycle: nil).allFindings.first
    }

    @Test func twoMetricsUnderOneVerbBecomeTwoSentencesWithTheSameMove() throws {
        let values = try #require(finding("Increase sign-ups and retention by 10% by end of Q3")).values
        #expect(values["first"] == "sign-ups")
        #expect(values["second"] == "retention")
        #expect(values["suggestion"] == "“Increase sign-ups by 10% by end of Q3” and “Increase retention by 10% by end of Q3”")
    }

    @Test func twoMovesAreNamedByTheirMetricsAndSplitWhereTheyJoin() throws {
        let values = try #require(finding("Grow ARR to $2M and cut churn to 2%")).values
        #expect(values["first"] == "ARR")
        #expect(values["second"] == "churn")
        #expect(values["suggestion"] == "“Grow ARR to $2M” and “Cut churn to 2%”")
    }

    @Test func aSecondMoveWithoutItsOwnVerbBorrowsTheFirst() throws {
        let values = try #require(finding("Cut carbon emissions by 30% and waste to landfill by 50%")).values
        #expect(values["second"] == "waste to landfill")
        #expect(values["suggestion"] == "“Cut carbon emissions by 30%” and “Cut waste to landfill by 50%”")
    }

    @Test func pairedTargetsAreNamedButNotSplitIntoWrongSentences() throws {
        let values = try #require(finding("Raise NPS and CSAT to 50 and 90%")).values
        #expect(values["first"] == "NPS")
        #expect(values["second"] == "CSAT")
        #expect(values["suggestion"] == nil)
    }
}
