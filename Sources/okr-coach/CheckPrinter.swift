import CoachKit
import Foundation
import LineEditing
import OKRKit
import Rainbow

/// Prints a check report: severity markers always, colour only when asked (big plain reports skip styling). The
/// report quotes the outline, so its control characters are shown, never sent to the terminal (`TerminalSafeText`).
struct CheckPrinter {
    var colored: Bool
    /// Columns to wrap long lines to, under their own indent; `nil` leaves lines as they are (piped output).
    var width: Int? = nil

    /// The report as terminal text, one line per report line, indented two spaces per level.
    func render(_ text: CheckReportText) -> String {
        var bytes = text.blocks.flatMap(render)
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Prints the report; without colour its blocks are written as they are.
    func print(_ text: CheckReportText) {
        for block in text.blocks { StandardOutput.write(render(block)) }
    }

    /// A block as UTF-8, each line followed by a line break, styled when colour is on.
    private func render(_ block: CheckReportText.Block) -> [UInt8] {
        guard colored || width != nil else { return TerminalSafeText.bytes(block.bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(block.bytes.count * 5 / 4)
        for line in block.lines {
            let indent = line.indent * 2
            var text = TerminalSafeText.string(block.marked(line))
            // A long line wraps under its own words: two columns in from its marker.
            if let width, width > indent + 22 { text = TextWrap.wrap(text, width: width - indent, hanging: 2) }
            for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                output.append(contentsOf: repeatElement(0x20, count: indent))
                let styled = colored ? CheckPrinter.style(String(part), line.style) : String(part)
                output.append(contentsOf: styled.utf8)
                output.append(0x0A)
            }
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
