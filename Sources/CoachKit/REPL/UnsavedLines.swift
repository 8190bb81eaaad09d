/// The input lines whose changes could not be saved, kept so a piped script can be told at the end which
/// ones they were (and exit non-zero): when nobody watches the screen, an error shown once is easily missed.
public struct UnsavedLines: Sendable {
    /// The exit status of a piped run in which some change could not be saved.
    public static let exitStatus: Int32 = 1
    /// How much of each line the report shows.
    static let shownCharacters = 60

    private(set) var lines: [(number: Int, text: String)] = []

    public var isEmpty: Bool { lines.isEmpty }

    /// Remembers line `number` when handling it failed to save; control characters show as `?`, so the report
    /// cannot move the cursor or change colours.
    mutating func record(_ outcome: Outcome, line number: Int, text: String) {
        guard outcome.saveFailed else { return }
        let visible = text.prefix(Self.shownCharacters).map { character in
            character.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "?" : String(character)
        }
        lines.append((number, visible.joined() + (text.count > Self.shownCharacters ? "…" : "")))
    }

    /// The report for standard error: a header, then each line's number and its first characters.
    public func report(book: PromptBook) -> String {
        let header = book.text(ShellPrompt.unsavedLinesHeader, ["count": "\(lines.count)"])
        let rows = lines.map { book.text(ShellPrompt.unsavedLine, ["number": "\($0.number)", "text": $0.text]) }
        return ([header] + rows).joined(separator: "\n")
    }
}
