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
        let searched = terminal.output.endIndex
        terminal.type("\u{12}")
        terminal.type("help")
        terminal.type("\r")
        #expect(terminal.waitFor("reopen a saved session", after: searched), "Ctrl-R finds /help open: \(terminal.output)")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        let history = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        #expect(history == "/sessions\n/help open\n/quit\n")
    }
}

/// A short guided draft on a real terminal, following only what the screen says.
/// `/edit REF` offers the old text for editing in place: Up-arrow brings it back as an `/edit` line.
@Suite struct EditInPlaceTerminalTests {
    @Test func theOldTextWaitsOnTheLineAndEnterSendsTheEdit() throws {
        let home = try Binary.temporaryHome()
        let terminal = try PseudoTerminal(Binary.url, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "NO_COLOR": "1",
        ])
        #expect(terminal.waitFor("okr> "))
        #expect(terminal.enter(["/new edits", "none", "", "/objective Make onboarding effortless"], thenWaitFor: "edits> "))
        var mark = terminal.output.endIndex
        terminal.type("/edit O1\r")
        #expect(terminal.waitFor("press Up", after: mark))
        mark = terminal.output.endIndex
        terminal.type("\u{1B}[A")
        #expect(terminal.waitFor("/edit O1 Make onboarding effortless", after: mark), "\(terminal.output[mark...])")
        mark = terminal.output.endIndex
        terminal.type(" for every new team\r")
        #expect(terminal.waitFor("Changed O1 to: Make onboarding effortless for every new team", after: mark))
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
    }
}

@Suite struct GuidedDraftTerminalTests {
    @Test func aNewUserReachesASavedCheckedSet() throws {
        let home = try Binary.temporaryHome()
        let terminal = try PseudoTerminal(Binary.url, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "COLUMNS": "100",
        ])
        func answer(_ text: String, expecting next: String) {
            let mark = terminal.output.endIndex
            terminal.type(text + "\r")
            #expect(terminal.waitFor(next, after: mark), "after \(text.debugDescription): \(terminal.output.suffix(600))")
        }
        #expect(terminal.waitFor("Start with /new NAME"))
        answer("/new pty draft", expecting: "Which cycle is this set for?")
        answer("2027-Q2", expecting: "Which team is this for?")
        answer("", expecting: "What is your first objective?")
        answer("Make our support the reason customers stay", expecting: "to keep it")
        answer("ok", expecting: "Key result 1 for O1")
        answer("Reduce first response time by 50%", expecting: "Where does first response time stand today?")
        answer("6 hours", expecting: "Updated O1.KR1: Reduce first response time from 6 hours to 3 hours")
        answer("5", expecting: "to keep it")
        answer("", expecting: "Key result 2 for O1")
        answer("Raise CSAT from 82% to 90% (confidence 5/10)", expecting: "Keep O1.KR2?")
        answer("", expecting: "Key result 3 for O1")
        answer("Cut ticket backlog from 400 to 150 (confidence 6/10)", expecting: "Keep O1.KR3?")
        answer("", expecting: "Add another, or press Enter to review")
        answer("", expecting: "KPIs worth watching beside O1")
        answer("1", expecting: "Next objective?")
        answer("", expecting: "strength")
        answer("/check", expecting: "errors: 0")
        // The first check-in, stopped by Ctrl-D half way.
        answer("/checkin", expecting: "Value today?")
        answer("5 hours", expecting: "Recorded 5 hours for O1.KR1")
        answer("6", expecting: "A note for the record?")
        answer("", expecting: "O1.KR2 Raise CSAT from 82% to 90%")
        terminal.type("\u{04}")
        #expect(terminal.exitStatus() == 0)
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: home.appendingPathComponent("sessions/pty draft.json")))
        let objectives = (saved as? [String: Any])?["objectives"] as? [[String: Any]]
        #expect(objectives?.count == 1)
        #expect((objectives?.first?["keyResults"] as? [Any])?.count == 3)
        #expect((saved as? [String: Any])?["draft"] == nil, "the guide finished")

        // The next run resumes the walk at the question it stopped on.
        let again = try PseudoTerminal(Binary.url, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "COLUMNS": "100",
        ])
        #expect(again.waitFor("okr"))
        var mark = again.output.endIndex
        again.type("/open pty draft\r")
        #expect(again.waitFor("Value today?", after: mark), "\(again.output.suffix(600))")
        #expect(again.output[mark...].contains("O1.KR2 Raise CSAT"))
        mark = again.output.endIndex
        again.type("85%\r")
        #expect(again.waitFor("Recorded 85% for O1.KR2", after: mark))
        mark = again.output.endIndex
        again.type("stop\r")
        #expect(again.waitFor("Check-in stopped", after: mark))
        mark = again.output.endIndex
        again.type("/status\r")
        #expect(again.waitFor("O1.KR2 · Raise CSAT", after: mark), "\(again.output.suffix(600))")
        again.type("/quit\r")
        #expect(again.exitStatus() == 0)
    }
}

/// One practice exercise on a real terminal: Tab completes the topic, the answer is judged, `/quit` goes back.
@Suite struct PracticeTerminalTests {
    @Test func oneExerciseAtAKeyboard() throws {
        let home = try Binary.temporaryHome()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CoachKitTests/Fixtures/practice").path
        let terminal = try PseudoTerminal(Binary.url, arguments: ["--prompts", fixtures], environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "NO_COLOR": "1",
        ])
        #expect(terminal.waitFor("okr> "))
        var mark = terminal.output.endIndex
        terminal.type("/practice me\t")
        #expect(terminal.waitFor("asurable", after: mark), "Tab completes the topic: \(terminal.output[mark...])")
        terminal.type("\r")
        #expect(terminal.waitFor("Write a better key result.", after: mark), "\(terminal.output[mark...])")
        mark = terminal.output.endIndex
        terminal.type("Raise CSAT from 82% to 90% by June 30\r")
        #expect(terminal.waitFor("Passed on the first try.", after: mark), "\(terminal.output[mark...])")
        mark = terminal.output.endIndex
        terminal.type("/quit\r")
        #expect(terminal.waitFor("Practice stopped", after: mark))
        #expect(terminal.waitFor("okr> ", after: mark), "back at the coach's prompt")
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("practice.json").path))
    }
}
