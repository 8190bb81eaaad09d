import Testing
@testable import OKRKit

struct KPITermAnalyzerTests {
    let analyzer = TermAnalyzer(compounds: TermAnalyzer.compounds(in: ["sign-ups", "on-time delivery", "uptime"]))

    @Test func compoundsReadTheSameHoweverTheyAreSpelled() {
        let forms = ["sign-ups", "sign ups", "signups", "Sign‐Ups", "ＳＩＧＮＵＰＳ"]
        #expect(Set(forms.map(analyzer.terms)).count == 1)
        #expect(analyzer.terms("on time delivery") == analyzer.terms("On-Time Delivery"))
        #expect(analyzer.terms("up time") == analyzer.terms("uptime"))
    }

    @Test func stemmingFoldsInflectionsAndDerivations() {
        let groups = [
            ["activation", "activations", "activate", "activated", "activating"],
            ["engagement", "engaged", "engage"], ["shipping", "ship", "ships"], ["rates", "rate", "rating", "ratings"],
            ["utilization", "utilize"], ["companies", "company"], ["deployments", "deployment", "deploy"],
        ]
        for group in groups {
            #expect(Set(group.map(LightStemmer.stem)).count == 1, "\(group)")
        }
        #expect(LightStemmer.stem("status") == "status")
        #expect(LightStemmer.stem("analysis") == "analysis")
    }

    @Test func numbersStopWordsAndDeadlinesAreDropped() {
        #expect(analyzer.terms("Increase NPS from 45 to 70 by Q3 2027") == ["nps"])
        #expect(analyzer.terms("Réduce Café churn!") == [LightStemmer.stem("cafe"), "churn"])
    }
}
