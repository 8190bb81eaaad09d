import OKRKit

/// One line of text with an indent and a tone, so a terminal can colour it and a log can print it plain.
///
/// The tone says what the line means, never how a number moved: a falling churn rate that is on track is `good`.
public struct StyledLine: Equatable, Sendable {
    /// What a line means, which the terminal shows as a colour.
    public enum Tone: Equatable, Sendable {
        /// A title: a session or an objective.
        case heading
        case plain
        /// On track or achieved.
        case good
        /// Behind, due, or not trackable yet.
        case warning
        /// At risk.
        case bad
    }

    /// Levels of two spaces each.
    public var indent: Int
    public var tone: Tone
    /// The words, without indent or colour.
    public var text: String

    /// A line `indent` levels in, of `tone`.
    public init(_ indent: Int, _ tone: Tone, _ text: String) {
        self.indent = indent
        self.tone = tone
        self.text = text
    }

    /// The line as printed without colour: its indent, then its text.
    public var plain: String { String(repeating: "  ", count: indent) + text }
}

extension StyledLine.Tone {
    /// The tone as one word, for a class in the HTML handout: heading, plain, good, warning or bad.
    var word: String {
        switch self {
        case .heading: "heading"
        case .plain: "plain"
        case .good: "good"
        case .warning: "warning"
        case .bad: "bad"
        }
    }

    /// The tone of a status: achieved and on track are good, behind a warning, at risk bad; no check-in is plain.
    public init(_ status: TrackingStatus) {
        switch status {
        case .achieved, .onTrack: self = .good
        case .behind: self = .warning
        case .atRisk: self = .bad
        case .pending: self = .plain
        }
    }
}
