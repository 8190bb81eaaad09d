import CoachKit
import Foundation
import OKRKit
import Rainbow

/// Prints a check report: severity markers always, colour only when `Terminal.applyColor` enabled it.
struct CheckPrinter {
    /// The report as terminal text, one line per report line, indented two spaces per level.
    static func render(_ text: CheckReportText) -> String {
        text.lines.map { line in
            let marker = line.style.marker.isEmpty ? "" : line.style.marker + " "
            return String(repeating: "  ", count: line.indent) + style(marker + line.text, line.style)
        }.joined(separator: "\n")
    }

    func print(_ text: CheckReportText) {
        FileHandle.standardOutput.write(Data((CheckPrinter.render(text) + "\n").utf8))
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
