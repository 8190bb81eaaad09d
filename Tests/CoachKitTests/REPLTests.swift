@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// Lines from a script, as a terminal or a pipe would give them; what the loop asked of it is recorded.
final class ScriptedReader: LineReader, @unchecked Sendable {
    let isInteractive: Bool
    private var events: [LineEvent]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []
    private(set) var completion: (@Sendable (String) -> [String])?
    private(set) var offered: [String] = []

    init(_ events: [LineEvent], interactive: Bool) {
        self.events = events
        isInteractive = interactive
    }

    func readLine(prompt: String) -> LineEvent {
        prompts.append(prompt)
        return events.isEmpty ? .end : events.removeFirst()
    }

    func remember(_ line: String) { remembered.append(line) }

    func complete(with provider: @escaping @Sendable (String) -> [String]) { completion = provider }

    func offerForEditing(_ text: String) { offered.append(text) }
}

/// The loop, run in process: no terminal, no pipe, the whole conversation in milliseconds.
@Suite struct REPLTests {
    /// What the loop showed, and how often it ended a terminal line.
    final class Screen {
        var replies: [Reply] = []
        var endedLines = 0
        var text: [String] { replies.map(\.plainText) }
    }

    private func run(
        _ events: [LineEvent], interactive: Bool, home: URL? = nil, editor: @escaping () -> EditorResult = { .notSet }
    ) throws -> (Screen, ScriptedReader, UnsavedLines, URL) {
        let (coach, home) = try makeCoach(home: home)
        let screen = Screen()
        let reader = ScriptedReader(events, interactive: interactive)
        let history = interactive ? HistoryFile(url: home.appendingPathComponent("history")) : nil
        let repl = REPL(
            coach: coach, reader: reader, history: history,
            output: REPL.Output(show: { screen.replies += $0 }, endLine: { screen.endedLines += 1 }),
            writeInEditor: editor)
        let unsaved = repl.run()
        return (screen, reader, unsaved, home)
    }

    @Test func aTypedSessionIsAnsweredRememberedAndEndedByCtrlD() throws {
        let (screen, reader, unsaved, home) = try run(
            [.line("/new demo "), .line("2027-Q1"), .line(""), .line("Make onboarding effortless for new teams"), .end],
            interactive: true)
        #expect(screen.text.contains("Cycle 2027-Q1: 2027-01-01 to 2027-03-31. Key results without their own deadline are due by its end."))
        #expect(screen.text.last == "Saved 'demo'. Goodbye.")
        #expect(screen.endedLines == 1, "Ctrl-D leaves the terminal on a fresh line")
        #expect(reader.prompts.first == "okr> " && reader.prompts.last == "okr:demo> ", "\(reader.prompts)")
        #expect(reader.remembered == ["/new demo", "2027-Q1", "Make onboarding effortless for new teams"])
        let saved = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        #expect(saved == "/new demo\n2027-Q1\nMake onboarding effortless for new teams\n")
        #expect(unsaved.isEmpty)
    }

    @Test func editWithoutTextOffersTheOldTextForEditingAtATerminalOnly() throws {
        let lines: [LineEvent] = [.line("/new alpha"), .line("/objective Grow revenue in every region"), .line("/edit O1")]
        let (_, terminal, _, _) = try run(lines, interactive: true)
        #expect(terminal.offered == ["/edit O1 Grow revenue in every region"])
        #expect(!terminal.remembered.contains("/edit O1 Grow revenue in every region"), "offered, not typed")
        let (_, pipe, _, _) = try run(lines, interactive: false)
        #expect(pipe.offered.isEmpty)
    }

    @Test func tabOffersWhatTheConversationHasReached() throws {
        let (_, reader, _, _) = try run([.line("/new alpha"), .line("/objective Grow revenue in every region")], interactive: true)
        let completion = try #require(reader.completion)
        #expect(completion("/op") == ["/open"])
        #expect(completion("/edit O") == ["/edit O1"])
    }

    @Test func ctrlCCancelsAPasteAndThePromptComesBack() throws {
        let (screen, _, _, _) = try run(
            [.line("/new paste"), .line("\"\"\""), .line("half a paste"), .interrupt, .line("2027-Q2"), .line("/quit")],
            interactive: true)
        #expect(screen.text.contains("Multi-line answer cancelled; nothing was read."))
        #expect(screen.text.contains { $0.hasPrefix("Cycle 2027-Q2") })
        #expect(screen.endedLines == 1, "only Ctrl-C ended a line; /quit needs none")
    }

    @Test func anAnswerLeftOpenAtTheEndIsSaidToBeDropped() throws {
        let (screen, _, _, _) = try run([.line("/new open"), .line("\"\"\""), .line("2027-Q1"), .line("and more")], interactive: false)
        #expect(screen.text.suffix(2) == [
            "The input ended inside a multi-line answer (no closing \"\"\" line), so its lines (2) were not read.",
            "Saved 'open'. Goodbye.",
        ])
    }

    @Test func aScriptIsNotRememberedAndItsUnsavedLinesAreReturned() throws {
        let home = try temporaryDirectory()
        // A file where the sessions folder should be: no change can be saved.
        try Data("not a folder\n".utf8).write(to: home.appendingPathComponent("sessions"))
        let (screen, reader, unsaved, _) = try run([.line("/sessions"), .line("/new blocked")], interactive: false, home: home)
        #expect(reader.remembered.isEmpty)
        #expect(screen.endedLines == 0, "a pipe's end needs no fresh line")
        #expect(!unsaved.isEmpty)
        let report = unsaved.report(book: try sharedBook.get())
        #expect(report.contains("line 2: /new blocked"), "\(report)")
        #expect(!report.contains("line 1"))
    }

    @Test func theEditorsTextIsTheAnswerAndAMissingEditorIsSaid() throws {
        let (written, _, _, _) = try run(
            [.line("/new long"), .line("/editor")], interactive: true, editor: { .text("2027-Q3") })
        #expect(written.text.contains { $0.hasPrefix("Cycle 2027-Q3") })
        let (missing, _, _, _) = try run([.line("/editor")], interactive: true)
        #expect(missing.text.contains { $0.hasPrefix("Set $EDITOR") })
    }
}
