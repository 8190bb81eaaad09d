import Testing

/// The rules on sentences labelled from their definitions, one test case per sentence (`LabelledSet`).
@Suite struct LabelledSetTests {
    @Test(arguments: [LabelledSet.compound, .noBaseline, .unrelated].flatMap(\.expectations))
    func ruleDoesWhatItsDefinitionSays(_ expectation: LabelledExpectation) {
        expectation.check()
    }
}
