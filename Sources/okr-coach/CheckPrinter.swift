import CoachKit
import Foundation
import LineEditing
import OKRKit
import Rainbow

/// Prints a check report: severity markers always, colour only when asked (big plain reports skip styling).
struct CheckPrinter {
    var colored: Bool

    /// The report as terminal text, one line per report line, indented two spaces per level.
    func render(_ text: CheckReportText) -> String {
        var output = render(text.lines[...])
        if output.utf8.last == 0x0A { output.removeLast() }
        return output
    }

    /// Prints the report; a big one is rendered in chunks on all cores.
    func print(_ text: CheckReportText) {
        for chunk in ChunkedMap.map(text.lines.count, { render(text.lines[$0]) }) { StandardOutput.write(chunk) }
    }

    /// Lines, each followed by a line break.
    private func render(_ lines: ArraySlice<CheckReportText.Line>) -> String {
        var output = ""
        output.reserveCapacity(lines.count * 80)
        for line in lines {
            output += String(repeating: "  ", count: line.indent)
            let marked = line.style.marker.isEmpty ? line.text : line.style.marker + " " + line.text
            output += colored ? CheckPrinter.style(marked, line.style) : marked
            output += "\n"
        }
        return output
    }

    private static func style(_ text: String, _ style: CheckReportText.Style) -> String {
        switch style {
        case .heading: text.bold
        case .reading: text.lightBlack
        case .finding(let severity): paint(text, severity)
        case .detail: text
        case .clean: text.green
        case .summary(let failed): failed ? text.red.bold : text.green.bold
        }
    }

    /// Errors red, warnings yellow, hints cyan.
    static func paint(_ text: String, _ severity: Severity) -> String {
        switch severity {
        case .error: text.red
        case .warning: text.yellow
        case .hint: text.cyan
        }
    }
}
