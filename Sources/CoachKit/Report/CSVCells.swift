/// Cells of a CSV file as RFC 4180 writes them, and the guard against spreadsheet formulas: what `status`, `export`
/// and `report` write for spreadsheets.
enum CSVCells {
    /// A cell quoted when it holds a comma, a quote or a line break, its quotes doubled.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number in full as JSON writes it ("250000", "0.5", "-5"); empty when absent.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A cell of text a person wrote: guarded (`neutralised`), then quoted.
    static func text(_ text: String) -> String { quoted(neutralised(text)) }

    /// Rows of cells already written (`quoted`, `text`, `number`), each row ended by CRLF.
    static func document(_ rows: [[String]]) -> String {
        rows.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    /// The first characters that make a spreadsheet run a cell as a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "-2+3", "@SUM(…)") with a "'" put before
    /// it, which shows the text as it is; so is a text that already starts with "'" before such a character, so that
    /// `restored` gives back exactly what was written.
    static func neutralised(_ text: String) -> String {
        needsGuard(text.unicodeScalars.drop { $0 == "'" }) ? "'" + text : text
    }

    /// A text cell as it was before `neutralised`: one "'" removed before a formula's first character.
    static func restored(_ text: String) -> String {
        guard text.unicodeScalars.first == "'", needsGuard(text.unicodeScalars.drop { $0 == "'" }) else { return text }
        return String(text.dropFirst())
    }

    private static func needsGuard(_ scalars: Substring.UnicodeScalarView) -> Bool {
        scalars.first.map(formulaStarts.contains) ?? false
    }
}
