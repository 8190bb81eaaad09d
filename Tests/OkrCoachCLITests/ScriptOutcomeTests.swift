import CoachKit
import Foundation
import Testing

/// A script's lines that could not change anything make the run fail, and a mistyped name loses nothing.
@Suite struct ScriptOutcomeTests {
    @Test func aMistypedOpenKeepsTheSessionThatWasOpen() throws {
        let home = try Binary.temporaryHome()
        let run = try Binary.run([], input: "/new alpha\nnone\n\n/open alhpa\n/objective Make onboarding effortless\n", home: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("There is no session 'alhpa'"), "\(run.stdout)")
        let saved = try String(contentsOf: home.appendingPathComponent("sessions/alpha.json"), encoding: .utf8)
        #expect(saved.contains("Make onboarding effortless"))
    }

    @Test func changesWithNoSessionOpenFailTheScript() throws {
        let home = try Binary.temporaryHome()
        let run = try Binary.run([], input: "/open nosuch\n/objective Make onboarding effortless\n/list\n", home: home)
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 2: /objective Make onboarding effortless"), "\(run.stderr)")
        #expect(!run.stderr.contains("line 3"), "/list changes nothing")
    }

    @Test func changesToASessionOpenElsewhereFailTheScript() throws {
        let home = try Binary.temporaryHome()
        _ = try Binary.run([], input: "/new shared\nnone\n\n", home: home)
        let store = SessionStore(directory: DataDirectory(url: home))
        let lock = try store.lockExisting(SessionName("shared"))
        let run = try Binary.run(["--session", "shared"], input: "/objective Make onboarding effortless\n", home: home)
        withExtendedLifetime(lock) {}
        #expect(run.status == 1)
        #expect(run.stderr.contains("line 1: /objective Make onboarding effortless"), "\(run.stderr)")
        #expect(run.stdout.contains("Goodbye.") && !run.stdout.contains("Saved 'shared'"), "a read-only view saved nothing: \(run.stdout)")
    }
}
