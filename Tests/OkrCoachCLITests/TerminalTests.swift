import Foundation
import Testing

/// The real binary on a pseudo-terminal: prompt, Tab, Ctrl-C, Ctrl-D and the history file.
@Suite struct TerminalTests {
    @Test func aPersonAtAKeyboard() throws {
        let home = try Binary.temporaryHome()
        let terminal = try PseudoTerminal(Binary.url, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "PATH": "/usr/bin:/bin",
        ])
        #expect(terminal.waitFor("okr> "), "the prompt appears: \(terminal.output)")

        var mark = terminal.output.endIndex
        terminal.type("/he\t")
        #expect(terminal.waitFor("lp", after: mark), "Tab completes /he to /help: \(terminal.output)")
        terminal.type("\r")
        #expect(terminal.waitFor("Commands (anything", after: mark), "the completed line runs /help")
        #expect(terminal.waitFor("okr> ", after: terminal.output.range(of: "Commands (anything")?.upperBound))

        mark = terminal.output.endIndex
        terminal.type("half a thought")
        #expect(terminal.waitFor("thought", after: mark))
        mark = terminal.output.endIndex
        terminal.type("\u{3}")
        #expect(terminal.waitFor("okr> ", after: mark), "Ctrl-C gives a fresh prompt: \(terminal.output.debugDescription)")
        #expect(terminal.isRunning, "Ctrl-C does not end the program")

        mark = terminal.output.endIndex
        terminal.type("/new café crème\r")
        #expect(terminal.waitFor("Created session 'café crème'", after: mark), "\(terminal.output)")
        #expect(terminal.waitFor("okr:café crème> ", after: mark))

        terminal.type("\u{4}")
        #expect(terminal.exitStatus() == 0, "Ctrl-D on an empty line exits 0: \(terminal.output)")
        #expect(terminal.output.contains("Saved 'café crème'. Goodbye."))
        let history = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        #expect(history == "/help\n/new café crème\n")
    }

    @Test func historyIsRecalledDeduplicatedAcrossRuns() throws {
        let home = try Binary.temporaryHome()
        try "/sessions\n/help open\n/sessions\n".write(to: home.appendingPathComponent("history"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(Binary.url, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path,
        ])
        #expect(terminal.waitFor("okr> "))
        let mark = terminal.output.endIndex
        terminal.type("\u{1B}[A\r")
        #expect(terminal.waitFor("No sessions yet", after: mark), "Up recalls the last line: \(terminal.output)")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        let history = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        #expect(history == "/help open\n/sessions\n/quit\n")
    }
}
