import CoachKit
import Foundation
import OKRKit
import Testing

/// The HTML handout opened in a real browser: headless Chromium prints it to PDF, at Letter (its default) and at A4.
@Suite(.enabled(if: HeadlessChromium.isAvailable, Comment(rawValue: HeadlessChromium.missing)))
struct HandoutBrowserTests {
    private let teams = [HandoutFixtures.company, HandoutFixtures.team, HandoutFixtures.hostileTeam]

    /// Text as compared with a PDF's: compatibility forms (ligatures) unfolded and every space or line break gone,
    /// since the page wraps lines where it likes.
    private func squeezed(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
    }

    @Test(arguments: ["Letter", "A4"])
    func everyKeyResultIsInThePDFAndEachTeamStartsAPage(paper: String) throws {
        let directory = try temporaryDirectory()
        var html = try HandoutHTML.render(
            sessions: teams, index: AlignmentIndex(teams), today: HandoutFixtures.today,
            book: try #require(HandoutFixtures.book))
        if paper == "A4" {
            // Chromium prints on Letter unless the page asks for another size.
            html = html.replacingOccurrences(of: "</style>", with: "@page { size: A4; }\n</style>")
        }
        let page = directory.appendingPathComponent("handout.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("handout.pdf")
        let netLog = directory.appendingPathComponent("net.json")
        try HeadlessChromium.printToPDF(page, pdf: pdf, netLog: netLog, in: directory)

        let text = try HeadlessChromium.text(of: pdf, in: directory)
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(pages.count >= teams.count)
        let printed = squeezed(text)
        for session in teams {
            for keyResult in session.objectives.flatMap(\.keyResults) {
                #expect(printed.contains(squeezed(keyResult.text)), "\(paper): missing \(keyResult.text)")
            }
            let first = pages.firstIndex { squeezed($0).hasPrefix(squeezed(session.name)) }
            #expect(first != nil, "\(paper): no page starts with team \(session.name)")
        }
        #expect(try HeadlessChromium.requests(in: netLog) == [], "the handout asked the network for something")
    }

    @Test func theWorkshopReportPrintsItsOverviewThenATeamPerPage() throws {
        let directory = try temporaryDirectory()
        let book = try #require(HandoutFixtures.book)
        let report = WorkshopReport(sessions: teams, unreadable: [], today: HandoutFixtures.today, book: book)
        let page = directory.appendingPathComponent("report.html")
        try WorkshopReportHTML.document(report, book: book).write(to: page, atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("report.pdf")
        let netLog = directory.appendingPathComponent("net.json")
        try HeadlessChromium.printToPDF(page, pdf: pdf, netLog: netLog, in: directory)

        let text = try HeadlessChromium.text(of: pdf, in: directory)
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(pages.count >= teams.count + 1)
        #expect(squeezed(pages.first ?? "").hasPrefix(squeezed("Workshop report")), "the overview comes first")
        let printed = squeezed(text)
        for keyResult in teams.flatMap(\.objectives).flatMap(\.keyResults) {
            #expect(printed.contains(squeezed(keyResult.text)), "missing \(keyResult.text)")
        }
        for session in teams {
            #expect(pages.dropFirst().contains { squeezed($0).hasPrefix(squeezed(session.name)) }, "no page for \(session.name)")
        }
        #expect(try HeadlessChromium.requests(in: netLog) == [], "the report asked the network for something")
    }

    @Test func theNetLogShowsAPageThatAsksTheNetworkForSomething() throws {
        let directory = try temporaryDirectory()
        let page = directory.appendingPathComponent("fetches.html")
        try "<!DOCTYPE html><p>Fetches</p><img src=\"http://example.invalid/a.png\">"
            .write(to: page, atomically: true, encoding: .utf8)
        let netLog = directory.appendingPathComponent("net.json")
        try HeadlessChromium.printToPDF(
            page, pdf: directory.appendingPathComponent("fetches.pdf"), netLog: netLog, in: directory)
        #expect(try HeadlessChromium.requests(in: netLog).contains("http://example.invalid/a.png"))
    }
}
