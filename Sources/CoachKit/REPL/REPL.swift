import OKRKit

/// The read-answer loop: reads a line, lets the coach answer, shows the replies, until the coach ends the
/// conversation. It knows no terminal: the reader, the output and the editor are given, so a test drives a whole
/// session in process with a scripted reader (the way swift-nio's `EmbeddedChannel` runs a pipeline without a
/// network), and the executable only wires libedit and the printer to it.
public final class REPL {
    /// Where the loop sends what the person should see.
    public struct Output {
        /// Shows replies, and pushes them out at once: a program driving the coach line by line waits for each.
        public var show: ([Reply]) -> Void
        /// Ends the line a terminal leaves open after Ctrl-C or Ctrl-D.
        public var endLine: () -> Void

        public init(show: @escaping ([Reply]) -> Void, endLine: @escaping () -> Void) {
            self.show = show
            self.endLine = endLine
        }
    }

    private let coach: Coach
    private let reader: any LineReader
    private var history: HistoryFile?
    private let output: Output
    private let writeInEditor: () -> EditorResult

    /// A loop over `coach` reading from `reader`; `history` keeps an interactive person's lines, and
    /// `writeInEditor` opens `$EDITOR` for `/editor`.
    public init(
        coach: Coach, reader: any LineReader, history: HistoryFile?, output: Output,
        writeInEditor: @escaping () -> EditorResult
    ) {
        self.coach = coach
        self.reader = reader
        self.history = history
        self.output = output
        self.writeInEditor = writeInEditor
    }

    /// Runs until the coach ends the conversation (`/quit`, Ctrl-D, the end of a script). Returns the lines of a
    /// script whose changes could not be saved, which its caller reports (a person at a terminal saw each at once).
    public func run() -> UnsavedLines {
        var lineNumber = 0
        var unsaved = UnsavedLines()
        while true {
            // Only a person presses Tab; building the candidates (every reference, the lessons) costs a script.
            if reader.isInteractive { reader.complete(with: coach.completer.candidates(for:)) }
            var outcome: Outcome
            var typed: String?
            switch reader.readLine(prompt: coach.prompt) {
            case .interrupt:
                output.endLine()
                outcome = coach.interrupt()
            case .end:
                if reader.isInteractive { output.endLine() }
                outcome = coach.finish()
            case .tooLong(let limit):
                lineNumber += 1
                outcome = Outcome([.error(coach.book.text(ShellPrompt.lineTooLong, [
                    "line": String(lineNumber), "limit": String(limit / (1024 * 1024)),
                ]))])
            case .line(let line):
                lineNumber += 1
                remember(line)
                typed = line
                outcome = coach.handle(line)
            }
            if outcome.openEditor {
                output.show(outcome.replies)
                outcome = answer(from: writeInEditor())
            }
            if !reader.isInteractive, let typed { unsaved.record(outcome, line: lineNumber, text: typed) }
            output.show(outcome.replies)
            if outcome.exit { return unsaved }
            if let editable = outcome.editable, reader.isInteractive { reader.offerForEditing(editable) }
        }
    }

    /// The editor's text handled as an answer, or what kept the editor from giving one.
    private func answer(from result: EditorResult) -> Outcome {
        switch result {
        case .text(let text): coach.handle(text)
        case .notSet: Outcome([.error(coach.book.text(CoachPrompt.editorUnavailable))])
        case .failed(let command, let status):
            Outcome([.error(coach.book.text(ShellPrompt.editorFailed, ["command": command, "status": String(status)]))])
        case .couldNotRun(let command, let reason):
            Outcome([.error(coach.book.text(ShellPrompt.editorNotRun, ["command": command, "reason": reason]))])
        }
    }

    /// Keeps a typed line for Up-arrow, Ctrl-R and the next session, as the coach reads it (Tab completion leaves
    /// a trailing space).
    private func remember(_ line: String) {
        guard reader.isInteractive else { return }
        let entry = line.trimmingSpaces()
        guard HistoryFile.keeps(entry) else { return }
        reader.remember(entry)
        try? history?.append(entry)
    }
}
