import Foundation
@preconcurrency import Rainbow

/// Facts about the terminal the program writes to, and the colour decision.
enum Terminal {
    /// Whether standard input is a terminal (otherwise lines come from a pipe or file).
    static var inputIsInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// Colour when writing to a terminal, unless `--no-color` or `NO_COLOR`; `FORCE_COLOR` forces it on.
    static func colorEnabled(noColorFlag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Bool
    {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if let value = environment["FORCE_COLOR"], !value.isEmpty, value != "0" { return true }
        return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// Applies the decision to Rainbow, which styles strings. Rainbow also refuses to style when it guesses the
    /// output is not a console (a pipe under FORCE_COLOR), so the target follows the decision too.
    static func applyColor(_ enabled: Bool) {
        Rainbow.enabled = enabled
        Rainbow.outputTarget = enabled ? .console : .unknown
    }

    /// The width to wrap the coach's sentences to: the terminal's columns, or `nil` (no wrapping) when the
    /// output is not a terminal, so piped output stays stable.
    static var wrapWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "").flatMap { $0 >= 20 ? $0 : nil } ?? 80
    }

    /// Ignores SIGXFSZ, which by default kills a process that writes past its file-size limit (`ulimit -f`):
    /// the write then fails with `EFBIG`, and the failed save is reported in words with nothing lost.
    static func ignoreFileSizeSignal() {
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Writes text to standard error, followed by a newline; control characters quoted from files are shown, not
    /// sent to the terminal.
    static func printError(_ text: String) {
        printRenderedError(TerminalSafeText.string(text))
    }

    /// Writes a reply `ReplyPrinter` rendered (made safe, maybe coloured) to standard error, followed by a newline.
    static func printRenderedError(_ rendered: String) {
        FileHandle.standardError.write(Data((rendered + "\n").utf8))
    }
}
