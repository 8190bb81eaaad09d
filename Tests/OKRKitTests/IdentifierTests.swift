import Foundation
import OKRKit
import Testing

@Suite struct IdentifierTests {
    @Test func identifiersAreVersionFourAndDoNotRepeat() {
        let ids = (0..<50_000).map { _ in Identifier.make() }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(100) {
            let text = id.uuidString
            #expect(Array(text)[14] == "4", "version 4: \(text)")
            #expect("89AB".contains(Array(text)[19]), "RFC 4122 variant: \(text)")
        }
    }

    @Test func newObjectivesAndKeyResultsGetDistinctIdentifiers() {
        let objectives = (0..<100).map { Objective(text: "o\($0)", keyResults: [KeyResult(text: "k")]) }
        #expect(Set(objectives.map(\.id)).count == 100)
        #expect(Set(objectives.flatMap { $0.keyResults.map(\.id) }).count == 100)
    }
}
