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
        var bytes = render(text.lines[...])
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Prints the report; a big one is rendered in chunks on all cores.
    func print(_ text: CheckReportText) {
        for chunk in ChunkedMap.map(text.lines.count, { render(text.lines[$0]) }) { StandardOutput.write(chunk) }
    }

    /// Lines as UTF-8, each followed by a line break (bytes, not a string: appending to a string checks each
    /// join for characters that combine across it).
    private func render(_ lines: ArraySlice<CheckReportText.Line>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(lines.count * 80)
        for line in lines {
            output.append(contentsOf: repeatElement(0x20, count: line.indent * 2))
            let marked = line.style.marker.isEmpty ? line.text : line.style.marker + " " + line.text
            var styled = colored ? CheckPrinter.style(marked, line.style) : marked
            styled.withUTF8 { output.append(contentsOf: $0) }
            output.append(0x0A)
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
