import CoachKit
import Rainbow

/// Renders the coach's replies as terminal text: colour marks the kind of reply, rows are aligned.
struct ReplyPrinter {
    func render(_ reply: Reply) -> String {
        switch reply {
        case .say(let text): text
        case .success(let text): text.green
        case .warning(let text): text.yellow
        case .error(let text): text.red
        case .rows(let rows):
            rows.map { row in
                let width = rows.map(\.term.count).max() ?? 0
                let padding = String(repeating: " ", count: width - row.term.count)
                return "  " + row.term.bold + padding + "  " + row.detail
            }.joined(separator: "\n")
        }
    }

    func print(_ replies: [Reply]) {
        for reply in replies { Swift.print(render(reply)) }
    }
}
