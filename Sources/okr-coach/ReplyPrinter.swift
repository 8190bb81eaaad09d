import CoachKit
import OKRKit
import Rainbow

/// Renders the coach's replies as terminal text: colour marks the kind of reply, rows are aligned, and on a
/// terminal sentences wrap to its width. Replies quote text from files, so control characters in them are shown,
/// never sent to the terminal (see `TerminalSafeText`).
struct ReplyPrinter {
    /// Columns to wrap to; `nil` leaves lines as they are (piped output stays stable).
    var width: Int?
    /// Whether reports are coloured (other replies follow Rainbow's switch).
    var colored: Bool

    func render(_ reply: Reply) -> String {
        switch reply {
        case .say(let text): wrap(safe(text))
        case .success(let text): wrap(safe(text)).green
        case .warning(let text): wrap(safe(text)).yellow
        case .error(let text): wrap(safe(text)).red
        case .finding(let severity, let text):
            CheckPrinter.paint(wrap(CheckReportText.Style.finding(severity).marker + " " + safe(text), hanging: 2), severity)
        case .report(let report): CheckPrinter(colored: colored, width: width).render(report)
        case .meter(let label, let value):
            "\(safe(label)) " + (value >= 70 ? Reply.bar(value).green : value >= 40 ? Reply.bar(value).yellow : Reply.bar(value).red)
                + " \(value)/100"
        case .rows(let rows): aligned(rows)
        case .card(let lines): String(StatusPrinter(colored: colored, width: width).render(lines).dropLast())
        }
    }

    /// Text from a reply, its control characters shown rather than sent.
    private func safe(_ text: String) -> String { TerminalSafeText.string(text) }

    /// Terms in bold, padded to one column; details wrap under their own column.
    private func aligned(_ rows: [Reply.Row]) -> String {
        TerminalTable(rows: rows.map { [$0.term, $0.detail] }, styles: [{ $0.bold }], indent: 2)
            .render { detail, column in wrap(detail, hanging: column, first: column) }
    }

    func print(_ replies: [Reply]) {
        for reply in replies { Swift.print(render(reply)) }
    }

    /// Wraps text to the terminal's width, when there is one.
    private func wrap(_ text: String, hanging: Int = 0, first: Int = 0) -> String {
        guard let width, width > hanging + 20 else { return text }
        return TextWrap.wrap(text, width: width, hanging: hanging, first: first)
    }
}
