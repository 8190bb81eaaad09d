/// `okr-coach report --format markdown`: the text report's lines as a page for a wiki or a pull request. The title
/// is a `#` heading, each section a `##` heading, a session or group within one a `###` heading, and the lines
/// under them nested lists; what a session file holds is escaped so it reads as written.
public enum WorkshopReportMarkdown {
    /// The page, ended by a line break.
    public static func document(_ report: WorkshopReport, book: PromptBook) -> String {
        var lines: [String] = []
        /// Starts a block (a heading, a paragraph) after one blank line.
        func block(_ text: String) {
            if let last = lines.last, !last.isEmpty { lines.append("") }
            lines.append(text)
            lines.append("")
        }
        for line in WorkshopReportText.lines(for: report, book: book) where !line.text.isEmpty {
            let text = escaped(line.text)
            switch (line.indent, line.tone) {
            case (0, .heading): block((lines.isEmpty ? "# " : "## ") + text)
            case (0, _): block(text)
            case (1, .heading): block("### " + text)
            default: lines.append(String(repeating: "  ", count: line.indent - 1) + "- " + text)
            }
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Bytes that show a line may hold a character `escaped` changes.
    private static let markup = Set("\\`*_[]<>|#\n\u{0B}\u{0C}\r".utf8).union([0x85, 0xA8, 0xA9])

    /// Text with Markdown's markup characters escaped and line breaks as spaces.
    static func escaped(_ text: String) -> String {
        // Most lines hold no markup and no line break: a quick look at their bytes (the ASCII characters, and the
        // last byte of U+0085, U+2028 and U+2029, which some other characters share) spares the walk.
        guard text.utf8.contains(where: { markup.contains($0) }) else { return text }
        var safe = ""
        for character in text {
            if character.isNewline {
                safe += " "
            } else {
                if "\\`*_[]<>|#".contains(character) { safe += "\\" }
                safe.append(character)
            }
        }
        return safe
    }
}
