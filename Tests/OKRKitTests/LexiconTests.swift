@testable import OKRKit
import Testing

/// The WordNet tables compiled into the binary, searched in place.
@Suite struct LexiconTests {
    @Test func verbsCarryTheClassOfTheirMostFrequentSense() {
        #expect(Lexicon.entry("weld")?.verb == .contact)
        #expect(Lexicon.entry("redesign")?.verb == .creation)
        #expect(Lexicon.entry("phone")?.verb == .communication)
        #expect(Lexicon.entry("win")?.verb == .competition)
        #expect(Lexicon.entry("double")?.verb == .change)
    }

    @Test func nounsCarryTheirClassAndWhetherTheyAreMostlyNouns() {
        #expect(Lexicon.entry("dashboard")?.noun == .artifact)
        #expect(Lexicon.entry("dashboard")?.verb == nil)
        #expect(Lexicon.entry("plant")?.isMostlyNoun == true)
        #expect(Lexicon.entry("launch")?.isMostlyNoun == false)
        #expect(Lexicon.noun("handbooks")?.noun == .communication)
        #expect(Lexicon.entry("clean")?.isAlsoAdjective == true && Lexicon.entry("weld")?.isAlsoAdjective == false)
        #expect(Lexicon.entry("clean")?.noun == .act, "the adjective mark is no noun class")
    }

    @Test func formsFindTheirVerb() throws {
        let regular = try #require(Lexicon.verb("redesigned"))
        #expect(regular.entry.verb == .creation && regular.inflection == .past)
        let irregular = try #require(Lexicon.verb("written"))
        #expect(irregular.entry.verb == .creation && irregular.inflection == .past)
        #expect(Lexicon.verb("shipped")?.inflection == .past)
        #expect(Lexicon.verb("rolling")?.inflection == .gerund)
        #expect(Lexicon.verb("calls")?.inflection == .thirdPerson)
        #expect(Lexicon.verb("weld")?.inflection == .base)
        #expect(Lexicon.isIrregularForm("built") && !Lexicon.isIrregularForm("build"))
        // A verb done again, which WordNet lacks, is a form of the verb.
        #expect(Lexicon.verb("relabelled")?.entry.verb == Lexicon.entry("label")?.verb)
        #expect(Lexicon.verb("relabelled")?.inflection == .past)
    }

    @Test func wordsNotListedFindNothing() {
        for word in ["", "zzzz", "a b", "line\nbreak", "ünïcode", "nps", String(repeating: "x", count: 10_000)] {
            #expect(Lexicon.entry(word) == nil, "\(word.prefix(20))")
            #expect(Lexicon.verb(word) == nil, "\(word.prefix(20))")
        }
        // The first and the last lines of the table are found, so the search reaches both ends.
        #expect(Lexicon.entry("aah") != nil)
        #expect(Lexicon.entry("zyrian") != nil)
    }
}
