import CoachKit
import Foundation
@preconcurrency import Rainbow

/// Prints a check report to the terminal: severity markers always, colour only when enabled.
struct CheckPrinter {
    var colored: Bool

    func print(_ text: CheckReportText) {
        Terminal.applyColor(colored)
        // Rainbow also refuses to style when it guesses the output is not a console (a pipe under FORCE_COLOR).
        Rainbow.outputTarget = colored ? .console : .unknown
        var output = ""
        for line in text.lines {
            let marker = line.style.marker.isEmpty ? "" : line.style.marker + " "
            output += String(repeating: "  ", count: line.indent)
            output += colored ? style(marker + line.text, line.style) : marker + line.text
            output += "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func style(_ text: String, _ style: CheckReportText.Style) -> String {
        switch style {
        case .heading: text.bold
        case .reading: text.lightBlack
        case .finding(.error): text.red
        case .finding(.warning): text.yellow
        case .finding(.hint): text.cyan
        case .detail: text
        case .clean: text.green
        case .summary(let failed): failed ? text.red.bold : text.green.bold
        }
    }
}
