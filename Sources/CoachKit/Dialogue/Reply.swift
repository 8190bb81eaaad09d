import OKRKit

/// One thing the coach says back, structured so the terminal can style it and tests can assert on it.
public enum Reply: Equatable, Sendable {
    /// The coach speaking: questions, explanations.
    case say(String)
    /// Something was done: created, saved, renamed.
    case success(String)
    /// Worth attention, but nothing failed.
    case warning(String)
    /// The request could not be done; the text says why and what to do.
    case error(String)
    /// Aligned rows of a term and its description (command help, session lists).
    case rows([Row])
    /// One finding of the checks, marked by its severity.
    case finding(Severity, String)
    /// A whole check report, as `okr-coach check` prints it.
    case report(CheckReportText)
    /// A score from 0 to 100 shown as a bar: the set's strength.
    case meter(String, Int)
    /// Lines that carry their own meaning (on track, behind, at risk): the status card.
    case card([StyledLine])

    /// A row of `.rows`.
    public struct Row: Equatable, Sendable {
        public var term: String
        public var detail: String
        public init(_ term: String, _ detail: String) {
            self.term = term
            self.detail = detail
        }
    }

    /// The text, without styling.
    public var plainText: String {
        switch self {
        case .say(let text), .success(let text), .warning(let text), .error(let text): text
        case .rows(let rows):
            rows.map { "\($0.term)  \($0.detail)" }.joined(separator: "\n")
        case .finding(let severity, let text): "\(CheckReportText.Style.finding(severity).marker) \(text)"
        case .report(let report): report.plain
        case .meter(let label, let value): "\(label) \(Reply.bar(value)) \(value)/100"
        case .card(let lines): lines.map(\.plain).joined(separator: "\n")
        }
    }
}

extension Reply {
    /// A ten-cell bar for a 0–100 score: "███████░░░".
    public static func bar(_ value: Int) -> String {
        let filled = max(0, min(10, (value + 5) / 10))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }
}

/// What handling one line produced: replies, and whether the program should now end.
public struct Outcome: Equatable, Sendable {
    public var replies: [Reply]
    public var exit: Bool
    /// The person asked to write the answer in `$EDITOR`; the terminal opens it and hands back the text.
    public var openEditor: Bool
    /// A change was asked for but could not be written to disk, so it was not made; a script's exit status says so.
    public var saveFailed: Bool
    /// A line to offer for editing in place: Up-arrow brings it back (`/edit REF` offers the old text).
    public var editable: String?

    public init(
        _ replies: [Reply], exit: Bool = false, openEditor: Bool = false, saveFailed: Bool = false, editable: String? = nil
    ) {
        self.replies = replies
        self.exit = exit
        self.openEditor = openEditor
        self.saveFailed = saveFailed
        self.editable = editable
    }
}
