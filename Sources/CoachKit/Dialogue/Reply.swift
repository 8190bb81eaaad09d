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
        }
    }
}

/// What handling one line produced: replies, and whether the program should now end.
public struct Outcome: Equatable, Sendable {
    public var replies: [Reply]
    public var exit: Bool

    public init(_ replies: [Reply], exit: Bool = false) {
        self.replies = replies
        self.exit = exit
    }
}
