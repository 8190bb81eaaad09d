import Foundation
import Testing

/// The real binary driven through a pipe, as a workshop script or CI would.
@Suite struct PipeTests {
    @Test func scriptCreatesSavesAndQuits() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run([], input: "/new team q1\n/save\n/quit\n", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("okr-coach "))
        #expect(result.stdout.contains("Created session 'team q1'"))
        #expect(result.stdout.contains("Saved 'team q1' to"))
        #expect(!result.stdout.contains("okr>"), "no prompt when piped")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        let file = home.appendingPathComponent("sessions/team q1.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect(json?["name"] as? String == "team q1")
        #expect(json?["schemaVersion"] as? Int == 4)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let directory = try FileManager.default.attributesOfItem(atPath: home.appendingPathComponent("sessions").path)
        #expect((directory[.posixPermissions] as? Int) == 0o700)
    }

    @Test func endOfInputSavesAndExitsCleanly() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run([], input: "/new eof\n", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Saved 'eof'. Goodbye."))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("sessions/eof.json").path))
    }

    @Test func badInputGetsMessagesNotCrashes() throws {
        let home = try Binary.temporaryHome()
        let paste = String(repeating: "x", count: 1_000_000)
        let input = "\n   \n/hepl\n/new ../../etc/passwd\n/open\n\u{1B}[A\n\(paste)\n/new \(paste)\n/new ..\n/quit\n"
        let result = try Binary.run([], input: input, home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Unknown command /hepl. Did you mean /help?"))
        #expect(result.stdout.contains("cannot be a session name: it contains \"/\""))
        #expect(result.stdout.contains("That command needs more: /open NAME"))
        #expect(result.stdout.contains("it has 1000000 characters; the most is 64"))
        let sessions = (try? FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("sessions").path)) ?? []
        #expect(sessions.filter { !$0.hasPrefix(".") }.isEmpty, "nothing was created: \(sessions)")
    }

    @Test func controlCharactersNeverReachAFileName() throws {
        let home = try Binary.temporaryHome()
        let typed = try Binary.run([], input: "/new \u{07}bell\n/new \u{1B}[200~pasted\u{1B}[201~\n", home: home)
        #expect(typed.status == 0)
        #expect(typed.stdout.contains("'bell' cannot be a session name: it contains U+0007"))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("sessions/bell.json").path))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("sessions/pasted.json").path),
                "terminal escape sequences such as bracketed-paste markers are still dropped")
        let named = try Binary.run(["--session", "a\u{07}b"], home: home)
        #expect(named.status == 2)
        #expect(named.stderr.contains("cannot be a session name: it contains U+0007"))
    }

    @Test func corruptSessionNamedOnCommandLineExitsNonZeroAndIsUntouched() throws {
        let home = try Binary.temporaryHome()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        let file = sessions.appendingPathComponent("broken.json")
        let bytes = Data("{\n  \"schemaVersion\": 1,\n  \"name\": \"broken\",\n  oops\n}".utf8)
        try bytes.write(to: file)
        let result = try Binary.run(["--session", "broken"], input: "/quit\n", home: home)
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.json cannot be read: not valid JSON at line 4"))
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func versionAndHelp() throws {
        let home = try Binary.temporaryHome()
        let version = try Binary.run(["--version"], home: home)
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try Binary.run(["--help"], home: home)
        #expect(help.status == 0)
        #expect(help.stdout.contains("sessions"))
    }

    @Test func sessionsSubcommandListsSavedSessions() throws {
        let home = try Binary.temporaryHome()
        _ = try Binary.run([], input: "/new alpha\n/new beta\n", home: home)
        let result = try Binary.run(["sessions"], home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("alpha"))
        #expect(result.stdout.contains("beta"))
    }
}

/// A program that drives okr-coach line by line through pipes gets each answer before sending the next line.
@Suite struct InteractivePipeTests {
    @Test func eachAnswerArrivesBeforeTheNextLineIsSent() throws {
        let home = try Binary.temporaryHome()
        let process = Process()
        process.executableURL = Binary.url
        process.environment = ["OKR_COACH_HOME": home.path, "LANG": "C.UTF-8"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        func readUntil(_ text: String) -> String {
            var seen = ""
            while !seen.contains(text) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            return seen
        }
        #expect(readUntil("/quit or Ctrl-D to leave.").contains("okr-coach"))
        input.fileHandleForWriting.write(Data("/new piped\n".utf8))
        #expect(readUntil("Created session 'piped'").contains("Created session 'piped'"))
        input.fileHandleForWriting.write(Data("/quit\n".utf8))
        #expect(readUntil("Goodbye.").contains("Saved 'piped'. Goodbye."))
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// `/editor` hands the answer to `$EDITOR` and reads back what was saved.
@Suite struct EditorTests {
    @Test func theEditorsTextBecomesTheAnswer() throws {
        let home = try Binary.temporaryHome()
        let script = home.appendingPathComponent("fake-editor.sh")
        try "#!/bin/sh\nprintf 'Make onboarding\\neffortless for new customers\\n' >> \"$1\"\n"
            .write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        let result = try Binary.run(
            [], input: "/new edited\n\n\n/editor\n/list\n/quit\n", home: home, environment: ["EDITOR": script.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("O1  Make onboarding effortless for new customers [aspirational]"), "\(result.stdout)")
    }

    @Test func withoutAnEditorTheCoachSaysHowToSetOne() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run([], input: "/editor\n", home: home, environment: ["EDITOR": "", "VISUAL": ""])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Set $EDITOR (or $VISUAL)"))
    }
}

/// A key result without its own deadline reads as due at the end of the set's cycle.
@Suite struct CycleReadingTests {
    @Test func theReadingNamesTheCyclesEnd() throws {
        let home = try Binary.temporaryHome()
        let outline = "Objective: Make support the reason customers stay\n- Raise CSAT from 82% to 90%\n- Cut backlog from 400 to 150 by May 1\n"
        let result = try Binary.run(["check", "-", "--cycle", "2027-Q2"], input: outline, home: home, environment: ["NO_COLOR": "1"])
        #expect(result.stdout.contains("read: increase · CSAT · from 82% · to 90% · by the end of 2027-Q2 (the cycle)"), "\(result.stdout)")
        #expect(result.stdout.contains("to 150 · by May 1"))
        let plain = try Binary.run(["check", "-"], input: outline, home: home, environment: ["NO_COLOR": "1"])
        #expect(plain.stdout.contains("to 90% · no deadline"))
    }
}
