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

    @Test func parsingReadsWhatFoundationReads() {
        for id in (0..<200).map({ _ in Identifier.make() }) {
            #expect(Identifier.parse(id.uuidString) == id)
            #expect(Identifier.parse(id.uuidString.lowercased()) == id)
        }
        let texts = [
            "", "3A94B58C-5CB2-4AF7-8E06-5B781A8ED435", "3a94b58c-5cb2-4af7-8e06-5b781a8ed435",
            "3A94B58C5CB24AF78E065B781A8ED435", "3A94B58C-5CB2-4AF7-8E06-5B781A8ED43", "3A94B58C-5CB2-4AF7-8E06-5B781A8ED4355",
            "3A94B58C_5CB2-4AF7-8E06-5B781A8ED435", "3A94B58C-5CB2-4AF7-8E06-5B781A8ED43G", "{3A94B58C-5CB2-4AF7-8E06-5B781A8ED435}",
            " 3A94B58C-5CB2-4AF7-8E06-5B781A8ED435", "3A94B58C-5CB2-4AF7-8E06-5B781A8ÉD435", "not an id",
        ]
        for text in texts { #expect(Identifier.parse(text) == UUID(uuidString: text), "\(text)") }
    }
}
