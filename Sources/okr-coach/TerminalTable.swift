import CoachKit

/// Rows of cells as terminal text: each column padded to its widest cell, two spaces between columns. The last
/// cell of a row is not padded, and its caller may lay it out (wrap it under its own column). Cells quote files
/// (sessions, catalogs), so their control characters are shown, never sent to the terminal.
struct TerminalTable {
    var rows: [[String]]
    /// A style per column (bold, dim), applied after the padding is measured.
    var styles: [(String) -> String] = []
    /// Spaces before every row.
    var indent = 0

    /// The table as text; `last` lays out each row's last cell, given the column where it starts.
    func render(last: (String, Int) -> String = { cell, _ in cell }) -> String {
        let rows = rows.map { $0.map(TerminalSafeText.string) }
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            var line = String(repeating: " ", count: indent)
            var used = indent
            for (column, cell) in row.enumerated() {
                let style = column < styles.count ? styles[column] : { $0 }
                if column == row.count - 1 {
                    line += style(last(cell, used))
                } else {
                    line += style(cell) + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell)) + "  "
                    used += widths[column] + 2
                }
            }
            return line
        }.joined(separator: "\n")
    }
}
