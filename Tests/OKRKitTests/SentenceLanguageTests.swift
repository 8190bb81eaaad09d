import Testing

@testable import OKRKit

/// `SentenceLanguage` tells English from the words the reader's `Lexer` splits a text into (issue 11: one
/// tokenizer), before the reader takes another language's connectives for English ones; tokens written against
/// each other are one word.
struct SentenceLanguageTests {
    @Test func itsWordsAreTheLexersWordsAndNumbers() {
        #expect(SentenceLanguage.words(of: "Cut e-mail bounces from 1,200 to 300 — team's goal!") == [
            "cut", "e-mail", "bounces", "from", "1,200", "to", "300", "team's", "goal",
        ])
        #expect(SentenceLanguage.words(of: "Ship 2x faster with 5-star reviews") == ["ship", "2x", "faster", "with", "5-star", "reviews"])
    }

    /// A pasted id, a bare number or a multiplier is one word, so it is a fragment, not a sentence to rewrite.
    @Test(arguments: ["3a94b58c-5cb2-4af7-8e06-5b781a8ed435", "99.95", "2x"])
    func oneRunOfLettersAndDigitsIsAFragment(text: String) {
        #expect(SentenceLanguage.isFragment(text))
    }

    /// "e-mail" is one word, so its "e" is not the Portuguese "and"; a split at the hyphen made this sentence
    /// foreign.
    @Test(arguments: ["Send e-mail digests to 5k users", "Grow sign-ups from 10 to 20", "Cut P1 bugs in l'app to 0"])
    func hyphenatedAndElidedWordsStayEnglish(text: String) {
        #expect(SentenceLanguage.isEnglish(text))
    }

    /// A German sentence is German though the reader reads its "von … auf" as "from … to" for the numbers.
    @Test func translatedConnectivesDoNotMakeASentenceEnglish() throws {
        let objective = Objective(text: "Mehr Kunden", keyResults: [KeyResult(text: "Steigerung des NPS von 5 auf 32 bis Q3")])
        let checked = try #require(CheckEngine().check(keyResultAt: 0, of: objective, cycle: nil))
        #expect(checked.reading.baseline == 5 && checked.reading.target == 32)
        #expect(!checked.isEnglish)
    }

    @Test(arguments: [("Reduce churn in their first", true), ("Grow revenue to", true), ("Ship", true),
        ("Grow revenue to $2M", false), ("Grow revenue to -", true)])
    func aTextEndingOnAWordThatNeedsAnotherIsAFragment(text: String, fragment: Bool) {
        #expect(SentenceLanguage.isFragment(text) == fragment)
    }
}
