/// What reading one line produced.
public enum LineEvent: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line was cancelled; show a fresh prompt.
    case interrupt
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
    /// A piped line longer than `limit` bytes, skipped up to its newline and not read.
    case tooLong(limit: Int)
}

/// A source of lines: the terminal through libedit, a pipe, or a script in tests.
public protocol LineReader: AnyObject {
    /// Whether a person types the lines at a terminal (history is kept, errors are seen as they come); a pipe or
    /// a script is not.
    var isInteractive: Bool { get }
    /// Shows `prompt` (when interactive) and reads one line.
    func readLine(prompt: String) -> LineEvent
    /// Remembers a line for Up-arrow and Ctrl-R.
    func remember(_ line: String)
    /// Replaces what Tab offers: whole-line candidates for the line typed so far.
    func complete(with provider: @escaping @Sendable (String) -> [String])
    /// Puts `text` where Up-arrow finds it first, ready to edit in place and send (kept out of the history
    /// file); a reader without line editing ignores it.
    func offerForEditing(_ text: String)
}

extension LineReader {
    /// Without line editing there is no line to recall: a pipe or a script types its own.
    public func offerForEditing(_ text: String) {}
}
