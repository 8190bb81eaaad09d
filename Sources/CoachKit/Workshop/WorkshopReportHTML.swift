/// `okr-coach report --format html`: the workshop's handout. A first page with what the report says across teams
/// (the alignment tree, the weakest key results, what is at risk, who has not checked in, the scores), then each
/// team on a printed page of its own, as `okr-coach export --format html` shows it.
public enum WorkshopReportHTML {
    /// The whole document, from the templates and style sheet of `book` (`prompts/handout*.html`, `handout.css`).
    public static func document(_ report: WorkshopReport, book: PromptBook) throws -> String {
        let overview = try HandoutHTML.overview(WorkshopReportText.lines(for: report, book: book, teams: false), book: book)
        let pages = try HandoutHTML.teamPages(report.teams, index: report.index, book: book)
        return try HandoutHTML.document(teams: [overview] + pages, today: report.today, book: book)
    }
}
