@testable import OKRKit
import Testing

/// The small language tools the rules stand on: words, stems, leading verbs.
@Suite struct RuleVocabularyTests {
    @Test func wordsAreLowerCasedAndSplitAtPunctuationInAnyScript() {
        let words = WordList("Raise week-one ACTIVATION from 50% → 65% (team's goal) für Ünïcode")
        #expect(words.words == ["raise", "week", "one", "activation", "from", "50", "65", "teams", "goal", "für", "ünïcode"])
        #expect(words.joinedToNext[1] && !words.joinedToNext[0])
        #expect(words.contains(phrase: "week one activation"))
        #expect(!words.contains(phrase: "one week"))
    }

    @Test func inflectionsMeetAtOneStem() {
        for group in [["launch", "launched", "launches", "launching"], ["hire", "hired", "hiring", "hires"],
                      ["ship", "shipped", "shipping", "ships"], ["integrate", "integration", "integrations"],
                      ["grow", "growth", "growing"], ["customer", "customers"]] {
            #expect(Set(group.map(Stemmer.stem)).count == 1, "\(group)")
        }
        #expect(Stemmer.stem("nps") == "nps")
    }

    @Test func theLeadingVerbComesAfterFiller() {
        #expect(WordList("We will successfully launch the portal").leadingStem == Stemmer.stem("launch"))
        #expect(WordList("To maintain uptime").leadingStem == Stemmer.stem("maintain"))
        #expect(WordList("").leadingStem == nil)
    }
}
