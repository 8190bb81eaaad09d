import CoachKit
import Rainbow

/// Prints status cards: headings bold, on track green, behind yellow, at risk red, when colour is on. The cards
/// quote sentences from session files, so their control characters are shown, never sent to the terminal.
struct StatusPrinter: Sendable {
    var colored: Bool
    /// Columns to wrap long lines to, under their own indent; `nil` leaves lines as they are (piped output).
    var width: Int?

    func render(_ line: StyledLine) -> String {
        let indent = line.indent * 2
        var text = TerminalSafeText.string(line.text)
        if let width, width > indent + 22 { text = TextWrap.wrap(text, width: width - indent, hanging: 2) }
        let padding = String(repeating: " ", count: indent)
        // Most lines are one line: nothing to split (a report of 10,000 key results lays out 30,000 of them).
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return padding + (colored ? Self.style(text, line.tone) : text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { padding + (colored ? Self.style(String($0), line.tone) : String($0)) }
            .joined(separator: "\n")
    }

    /// The lines as terminal text, each ended by a line break.
    func render(_ lines: [StyledLine]) -> String {
        String(decoding: bytes(lines), as: UTF8.self)
    }

    /// `render(_:)` as UTF-8. Without colour or wrapping, each line's bytes are copied as they are, its indent
    /// repeated after each line break in it, as `render(_:)` of one line lays it out: joining strings was most of
    /// laying out a workshop report.
    func bytes(_ lines: [StyledLine]) -> [UInt8] {
        var output: [UInt8] = []
        for line in lines {
            if colored || width != nil {
                output.append(contentsOf: render(line).utf8)
            } else {
                var text = TerminalSafeText.string(line.text)
                output.appendSpaces(line.indent * 2)
                text.withUTF8 { utf8 in
                    var start = 0
                    for index in utf8.indices where utf8[index] == 0x0A {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...index]))
                        output.appendSpaces(line.indent * 2)
                        start = index + 1
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
                }
            }
            output.append(0x0A)
        }
        return output
    }

    private static func style(_ text: String, _ tone: StyledLine.Tone) -> String {
        switch tone {
        case .heading: text.bold
        case .plain: text
        case .good: text.green
        case .warning: text.yellow
        case .bad: text.red
        }
    }
}
