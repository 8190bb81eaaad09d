import OKRKit

/// The HTML handout: one self-contained document (inline style sheet and SVG, no scripts, nothing fetched) with one
/// team (session) per printed page, rendered from `prompts/handout.html`, `prompts/handout-team.html` and
/// `prompts/handout.css`, which a prompts directory may override.
///
/// Every value from a session goes through Mustache's HTML escaping; the terminal's words (`PromptBook.text`) are
/// never escaped. Each template is compiled once per call (`PageTemplate`).
public enum HandoutHTML {
    /// The handout of `sessions`, one team per page, as of `today`. `index` finds the objectives that teams
    /// support (it may hold more sessions than those shown, such as the company's).
    public static func render(
        sessions: [Session], index: AlignmentIndex, today: CalendarDay, book: PromptBook
    ) throws -> String {
        let template = try template("handout-team.html", book: book)
        var renderer = PromptRenderer(book: book)
        let teams = sessions.map {
            template.render(HandoutTeamPage($0, index: index, today: today, renderer: &renderer).values)
        }
        return try document(teams: teams, today: today, book: book)
    }

    /// One team's page: a `<section>` of escaped HTML from `prompts/handout-team.html`, to place in a document of
    /// this one's shape (`document(teams:today:book:)`).
    public static func teamPage(
        _ session: Session, index: AlignmentIndex, today: CalendarDay, book: PromptBook
    ) throws -> String {
        var renderer = PromptRenderer(book: book)
        let page = HandoutTeamPage(session, index: index, today: today, renderer: &renderer)
        return try template("handout-team.html", book: book).render(page.values)
    }

    /// The pages of teams a workshop report has already checked and computed, one per team in order; the
    /// template is compiled once and the pages are rendered on all cores, each core parsing the words once.
    public static func teamPages(_ teams: [WorkshopTeam], index: AlignmentIndex, book: PromptBook) throws -> [String] {
        let template = try template("handout-team.html", book: book)
        return ChunkedMap.map(teams.count) { range in
            var renderer = PromptRenderer(book: book)
            return range.map { template.render(HandoutTeamPage(teams[$0], index: index, renderer: &renderer).values) }
        }.flatMap { $0 }
    }

    /// A page of lines laid out as headings and indented lines (a workshop report's overview), from
    /// `prompts/handout-overview.html`: the first line is the page's title, other lines at indent 0 with a heading
    /// tone are section headings, at indent 1 group headings, and every other line keeps its indent and tone.
    public static func overview(_ lines: [StyledLine], book: PromptBook) throws -> String {
        let shown = lines.enumerated().compactMap { number, line -> PageScope? in
            guard !line.text.isEmpty else { return nil }
            switch (number, line.indent, line.tone) {
            case (0, _, _): return ["title": .text(line.text)]
            case (_, 0, .heading): return ["section": .text(line.text)]
            case (_, 1, .heading): return ["group": .text(line.text)]
            default:
                return ["line": .scope([
                    "text": .text(line.text), "depth": .text(String(line.indent)), "tone": .text(line.tone.word),
                ])]
            }
        }
        return try template("handout-overview.html", book: book).render(["lines": .list(shown)])
    }

    /// The document around team pages already rendered (`teamPage`): its head, style sheet, title and footer,
    /// from `prompts/handout.html` and `prompts/handout.css`.
    public static func document(teams: [String], today: CalendarDay, book: PromptBook) throws -> String {
        let day = ["today": today.description]
        let values: PageScope = [
            "title": .text(book.text(HandoutPrompt.title, day)),
            "footer": .text(book.text(HandoutPrompt.footer, day)),
            "style": .text(book.page("handout.css")?.source ?? ""),
            "teams": .list(teams.map { ["html": .text($0)] }),
        ]
        return try template("handout.html", book: book).render(values)
    }

    /// A page file of the book compiled as a template that escapes HTML.
    private static func template(_ file: String, book: PromptBook) throws -> PageTemplate {
        let page = book.page(file)
        do {
            return try PageTemplate(source: page?.source ?? "")
        } catch {
            throw PromptError(file: page?.origin ?? file, problem: "is not a valid template: \(error)")
        }
    }
}
