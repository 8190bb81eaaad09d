import OKRKit

/// Objectives read for `okr-coach import` and `/import`: from an outline (what `okr-coach check` reads: tags,
/// confidences, owners, `Cycle:`, `Team:`) or from okr-coach's own CSV export, known by its header row.
public struct ImportedSet: Equatable, Sendable {
    public var objectives: [Objective]
    public var cycle: Cycle?
    public var team: String?
    /// Where an outline wrote each objective and key result; `nil` for a CSV.
    public var source: CheckSource?
    /// Lines skipped, in the coach's words ("warning: okrs.md:3: ...").
    public var warnings: [String]

    /// Why a text cannot be imported: every problem, in the coach's words, each naming its line.
    public struct Failure: Error, Sendable {
        public var messages: [String]
    }

    /// The number of key results across all objectives.
    public var keyResultCount: Int { objectives.reduce(0) { $0 + $1.keyResults.count } }

    /// Reads `text`, named `file` in messages; any error in it (an outline's, a CSV's bad row) is a failure.
    public static func read(_ text: String, file: String, book: PromptBook) -> Result<ImportedSet, Failure> {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if SessionCSVReader.isExport(body) {
            return SessionCSVReader.read(body, file: file, book: book)
        }
        let outline = OutlineParser.parse(text)
        let messages = outline.diagnostics.map { book.describe($0, file: file) }
        if outline.hasErrors { return .failure(Failure(messages: messages)) }
        return .success(ImportedSet(
            objectives: outline.objectives, cycle: outline.cycle, team: outline.team,
            source: CheckSource(file: file, outline: outline), warnings: messages))
    }
}
