import Foundation
import Testing

/// An editor that is set but fails is reported as what happened, not as "Set $EDITOR".
@Suite struct EditorFailureTests {
    @Test func anEditorThatExitsWithAnErrorIsNamedWithItsStatus() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run([], input: "/editor\n", home: home, environment: ["EDITOR": "exit 3;", "VISUAL": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The editor (exit 3;) exited with status 3, so nothing was sent."), "\(result.stdout)")
        #expect(!result.stdout.contains("Set $EDITOR"))
    }

    @Test func anEditorThatCannotBeStartedIsSaidSo() throws {
        let home = try Binary.temporaryHome()
        let missing = home.appendingPathComponent("no-such-editor").path
        let result = try Binary.run([], input: "/editor\n", home: home, environment: ["EDITOR": missing, "VISUAL": ""])
        #expect(result.stdout.contains("The editor (\(missing)) could not be used: command not found."), "\(result.stdout)")
        #expect(!result.stdout.contains("Set $EDITOR"))
    }
}
