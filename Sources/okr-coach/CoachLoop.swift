import CoachKit
import Foundation
import LineEditing

/// The read-answer loop on this terminal (libedit with history when interactive, else one line at a time from a
/// pipe), shared by the coach and `okr-coach practice`.
enum CoachLoop {
    /// Runs `coach` until it ends; returns the lines whose changes could not be saved.
    static func run(_ coach: Coach, printer: ReplyPrinter, data: DataDirectory, environment: [String: String]) -> UnsavedLines {
        let history = Terminal.inputIsInteractive ? HistoryFile(url: data.history) : nil
        let reader: any LineReader = history.map { EditLineReader(history: $0.entries) } ?? PlainLineReader()
        let output = REPL.Output(
            show: { replies in
                printer.print(replies)
                StandardOutput.flush()
            },
            endLine: { Swift.print() })
        let repl = REPL(
            coach: coach, reader: reader, history: history, output: output,
            writeInEditor: { ExternalEditor.edit(environment: environment) })
        return repl.run()
    }
}
