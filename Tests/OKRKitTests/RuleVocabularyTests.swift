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

    /// The words are one split of the reader's tokens (issue 11): the same however the sentence came, as written
    /// where the reader took another language's connective for an English one, and "2m" or "eur40k" whole.
    @Test func aCheckedKeyResultsWordsAreTheWordsAsWritten() throws {
        for text in ["Steigerung des NPS von 32 auf 50 bis Q3", "Grow ARR from 2m to 3m (EUR40k deals) by 31.12.2027"] {
            let objective = Objective(text: "Grow", keyResults: [KeyResult(text: text)])
            let checked = try #require(CheckEngine().check(keyResultAt: 0, of: objective, cycle: nil))
            #expect(checked.words == WordList(text))
        }
        #expect(WordList("Steigerung des NPS von 32 auf 50").words == ["steigerung", "des", "nps", "von", "32", "auf", "50"])
        #expect(WordList("Grow ARR from 2m to 3m (EUR40k deals)").words == ["grow", "arr", "from", "2m", "to", "3m", "eur40k", "deals"])
    }

    @Test func theLeadingVerbComesAfterFiller() {
        #expect(WordList("We will successfully launch the portal").leadingStem == Stemmer.stem("launch"))
        #expect(WordList("To maintain uptime").leadingStem == Stemmer.stem("maintain"))
        #expect(WordList("").leadingStem == nil)
    }
}
