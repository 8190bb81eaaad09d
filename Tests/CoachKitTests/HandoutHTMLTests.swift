import CoachKit
import Foundation
import OKRKit
import Testing

@Suite struct HandoutHTMLTests {
    private func render(_ sessions: [Session], index: [Session]? = nil, book: PromptBook? = HandoutFixtures.book)
        throws -> String
    {
        try HandoutHTML.render(
            sessions: sessions, index: AlignmentIndex(index ?? sessions), today: HandoutFixtures.today,
            book: try #require(book))
    }

    /// The document's parts from one `<li class="key-result` to the next.
    private func keyResults(_ html: String) -> [String] {
        Array(html.components(separatedBy: "<li class=\"key-result").dropFirst())
    }

    @Test func everyTextFromASessionIsEscapedInTextAndInAttributes() throws {
        let html = try render([HandoutFixtures.hostileTeam])
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("<h1>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</h1>"))
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; R&amp;D &lt;/style&gt;"
            + "&lt;img src=http://evil.example/x.png&gt;"
        #expect(html.contains("title=\"O1.KR1 Raise NPS from 45 to 70 " + escaped))
        #expect(html.contains("Owner: " + escaped))
        #expect(html.contains("Team " + escaped))
        #expect(html.contains("Parent missing (was in " + escaped))
        #expect(html.components(separatedBy: "</style>").count == 2, "the style sheet ends once, where the template ends it")
    }

    @Test func theDocumentHasNoScriptAndLoadsNothing() throws {
        let html = try render([HandoutFixtures.hostileTeam, HandoutFixtures.team], index: [HandoutFixtures.company])
        let problems = HandoutScan.loads(in: html)
        #expect(problems.isEmpty, "\(problems)")
        // The scan itself finds what a page would load.
        #expect(!HandoutScan.loads(in: "<p><img src=\"http://x.example/a.png\"></p>").isEmpty)
        #expect(!HandoutScan.loads(in: "<style>p { background: url(https://x.example/a.png) }</style>").isEmpty)
        #expect(!HandoutScan.loads(in: "<style>@import 'a.css';</style>").isEmpty)
        #expect(!HandoutScan.loads(in: "<script>fetch('/x')</script>").isEmpty)
        #expect(!HandoutScan.loads(in: "<svg><image xlink:href='//x.example/a.svg'/></svg>").isEmpty)
        #expect(!HandoutScan.loads(in: "<p style=\"background:url(//x.example/a.png)\">").isEmpty)
        #expect(HandoutScan.loads(in: "<p title=\"&lt;img src=http://x.example&gt;\">url(http://x.example)</p>").isEmpty)
    }

    @Test func oneSectionPerTeamInTheOrderGiven() throws {
        let html = try render([HandoutFixtures.company, HandoutFixtures.team])
        #expect(html.components(separatedBy: "<section class=\"team\">").count == 3)
        let company = try #require(html.range(of: "<h1>company</h1>"))
        let team = try #require(html.range(of: "<h1>support-q1</h1>"))
        #expect(company.lowerBound < team.lowerBound)
        #expect(html.contains("Team Support"))
        #expect(html.contains("Cycle 2027-Q1: 2027-01-01 to 2027-03-31"))
        #expect(html.contains("break-before: page"))
    }

    @Test func barsMarkersAndSparklinesShowOnlyWhereTheirFiguresExist() throws {
        let html = try render([HandoutFixtures.team], index: [HandoutFixtures.company, HandoutFixtures.team])
        let items = keyResults(html)
        // O1.KR1: three check-ins; O1.KR2: two; O1.KR3 (a level): one; O1.KR4: no baseline, so no bar.
        #expect(items.count == 5)
        #expect(items[0].contains("class=\"bar-fill\" x=\"0\" y=\"0\" width=\"40\""))
        // 45 of the cycle's 89 days have gone; 48, 52 and 55 between the baseline 45 and the target 70.
        #expect(items[0].contains("class=\"bar-expected\" x1=\"50.6\""))
        #expect(items[0].contains("<polyline points=\"0,19.6 50,16.4 100,14\"/>"))
        #expect(items[0].contains("45 → 70"))
        #expect(items[0].contains("Now 55"))
        #expect(items[0].contains("<span class=\"status\">behind</span>"))
        #expect(items[1].contains("<polyline"))
        #expect(items[2].contains("class=\"bar-fill\""))
        #expect(!items[2].contains("<polyline"), "one check-in draws no line")
        #expect(!items[3].contains("<svg"), "a key result without a baseline has no bar")
        #expect(items[3].contains("cannot be tracked yet"))
        #expect(!items[3].contains("Now "))
    }

    @Test func withoutACycleThereIsABarButNoPlanMarker() throws {
        var session = HandoutFixtures.team
        session.cycle = nil
        let items = keyResults(try render([session]))
        #expect(items[0].contains("class=\"bar-fill\""))
        #expect(!items[0].contains("bar-expected"))
    }

    @Test func ownersParentsAndTheCheckAreShown() throws {
        let company = HandoutFixtures.company
        let html = try render([HandoutFixtures.team], index: [company, HandoutFixtures.team])
        #expect(html.contains("<span class=\"owner\">Owner: Ana</span>"))
        #expect(html.contains("<span class=\"owner\">Owner: Bruno</span>"))
        #expect(html.contains("Supports company:O2.KR1"))
        #expect(html.contains("Parent missing (was in company-old)"))
        // The check reads what O1 supports, as /check does.
        let team = HandoutFixtures.team
        let parents = ParentLink.texts(AlignmentIndex([company, team]).parents(of: team))
        let check = CheckEngine().check(team.objectives, cycle: team.cycle, parents: parents)
        #expect(html.contains("Strength \(check.summary.strength)/100 · \(check.allFindings.count) findings"))
        // Only O1 names an owner: its key results other than KR1 do not borrow it.
        #expect(keyResults(html).dropFirst().allSatisfy { !$0.contains("class=\"owner\"") })
        // Without the company's session, the link that resolved is now missing.
        let alone = try render([HandoutFixtures.team])
        #expect(alone.contains("Parent missing (was in company)"))
        #expect(!alone.contains("Supports "))
    }

    @Test func theCheckOnTheTeamPageReadsWhatAnObjectiveSupports() throws {
        var company = Session(name: "company", createdAt: Date(timeIntervalSince1970: 1_798_761_600))
        company.objectives = [Objective(text: "Delight first-time buyers")]
        var team = Session(name: "platform", createdAt: Date(timeIntervalSince1970: 1_798_761_600))
        var objective = Objective(text: "Cut our cloud spend without slowing releases", keyResults: [
            KeyResult(text: "Cut cloud spend from $60k to $45k a month by 2027-03-31"),
        ])
        objective.parent = Alignment(sessionID: company.id, sessionName: company.name, objectiveID: company.objectives[0].id)
        team.objectives = [objective]
        let book = try #require(HandoutFixtures.book)
        let aligned = try HandoutHTML.teamPage(team, index: AlignmentIndex([company, team]), today: HandoutFixtures.today, book: book)
        let alone = try HandoutHTML.teamPage(team, index: AlignmentIndex([team]), today: HandoutFixtures.today, book: book)
        // objective-unrelated-parent: a hint that the link may be wrong, counted only when the parent is at hand.
        #expect(aligned.contains("Supports company:O1"))
        #expect(alone.contains("Parent missing (was in company)"))
        func check(_ page: String) -> String? {
            page.components(separatedBy: "<span class=\"check\">").dropFirst().first.map { String($0.prefix { $0 != "<" }) }
        }
        #expect(check(alone) == "Strength 95/100 · 1 finding")
        #expect(check(aligned) == "Strength 94/100 · 2 findings")
    }

    @Test func aPromptsDirectoryRestylesTheHandout() throws {
        let directory = try temporaryDirectory()
        try ".key-result { border-left-color: rebeccapurple; }\n"
            .write(to: directory.appendingPathComponent("handout.css"), atomically: true, encoding: .utf8)
        try "<section class=\"team\"><h1>Team {{name}}</h1></section>\n"
            .write(to: directory.appendingPathComponent("handout-team.html"), atomically: true, encoding: .utf8)
        let html = try render([HandoutFixtures.hostileTeam], book: try PromptBook.load(overrides: directory))
        #expect(html.contains("rebeccapurple"))
        #expect(!html.contains("bar-track"))
        #expect(html.contains("<h1>Team &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</h1>"))
        #expect(html.contains("<!DOCTYPE html>"), "the page template it lacks is the built-in one")
    }

    @Test func aBrokenHandoutTemplateIsAClearErrorNamingTheFile() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("handout.html")
        try "<html>{{#teams}}never closed</html>\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try PromptBook.load(overrides: directory)
        } throws: { error in
            (error as? PromptError)?.file == file.path && (error as? PromptError)?.problem.contains("template") == true
        }
    }

    @Test func theTerminalWordsStayUnescaped() throws {
        let book = try #require(HandoutFixtures.book)
        #expect(book.text(HandoutPrompt.owner, ["owner": "R&D <core> \"x\""]) == "Owner: R&D <core> \"x\"")
    }
}
