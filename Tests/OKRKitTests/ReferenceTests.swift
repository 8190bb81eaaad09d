import OKRKit
import Testing

@Suite struct ReferenceTests {
    @Test(arguments: [
        ("O2", Reference.objective(1)), ("o1", .objective(0)), ("O1.KR2", .keyResult(0, 1)), ("o3.kr1", .keyResult(2, 0)),
        ("O2 KR3", .keyResult(1, 2)), ("O2KR3", .keyResult(1, 2)), ("2.3", .keyResult(1, 2)), ("KR2", .keyResult(4, 1)),
        ("kr 1", .keyResult(4, 0)),
    ])
    func readsTheWaysPeopleWriteReferences(text: String, expected: Reference) {
        #expect(Reference.parse(text, current: 4) == expected)
    }

    @Test(arguments: ["", "O", "O0", "KR0", "O1.KR", "X1", "O-1", "O1.KR2.KR3", "O99999999999", "team q1", "2"])
    func refusesWhatIsNotAReference(text: String) {
        #expect(Reference.parse(text, current: 0) == nil)
    }

    @Test func aKeyResultAloneNeedsACurrentObjective() {
        #expect(Reference.parse("KR1", current: nil) == nil)
    }

    @Test func printsAndFindsReferences() {
        let set = [Objective(text: "a", keyResults: [KeyResult(text: "x"), KeyResult(text: "y")]), Objective(text: "b")]
        #expect(Reference.all(in: set).map(\.description) == ["O1", "O1.KR1", "O1.KR2", "O2"])
        #expect(Reference.keyResult(0, 1).exists(in: set))
        #expect(!Reference.keyResult(1, 0).exists(in: set))
    }
}
