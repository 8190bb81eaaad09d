import Testing
@testable import OKRKit

struct KPITermAnalyzerTests {
    let analyzer = TermAnalyzer(compounds: CatalogWords(phrases: ["sign-ups", "on-time delivery", "uptime", "MQL-to-SQL"]).compounds)

    @Test func compoundsReadTheSameHoweverTheyAreSpelled() {
        let forms = ["sign-ups", "sign ups", "signups", "Sign‐Ups", "ＳＩＧＮＵＰＳ"]
        #expect(Set(forms.map { analyzer.terms($0) }).count == 1)
        #expect(analyzer.terms("on time delivery") == analyzer.terms("On-Time Delivery"))
        #expect(analyzer.terms("up time") == analyzer.terms("uptime"))
        #expect(analyzer.terms("MQL-to-SQL", parts: true) == ["mqltosql", "mql", "sql"])
    }

    @Test func unitsAfterNumbersAreDroppedAndPopulationsMarked() {
        #expect(analyzer.terms("answer within 90 days") == ["answer"])
        #expect(analyzer.terms("days sales outstanding") == ["day", "sal", "outstand"])
        let tokens = analyzer.tokens("Resolve 98% of the tickets on the first call")
        #expect(tokens.filter(\.isPopulation).map(\.surface) == ["tickets"])
    }

    @Test func stemmingFoldsInflectionsAndDerivations() {
        let groups = [
            ["activation", "activations", "activate", "activated", "activating"],
            ["engagement", "engaged", "engage"], ["shipping", "ship", "ships"], ["rates", "rate", "rating", "ratings"],
            ["utilization", "utilize"], ["companies", "company"], ["deployments", "deployment", "deploy"],
        ]
        for group in groups {
            #expect(Set(group.map(Stemmer.stem)).count == 1, "\(group)")
        }
        #expect(Stemmer.stem("status") == "status")
        #expect(Stemmer.stem("analysis") == "analysis")
    }

    @Test func numbersStopWordsAndDeadlinesAreDropped() {
        #expect(analyzer.terms("Increase NPS from 45 to 70 by Q3 2027") == ["nps"])
        #expect(analyzer.terms("Réduce Café churn!") == [Stemmer.stem("cafe"), "churn"])
    }
}
