import Foundation
import Testing

/// Files saved by Windows Notepad start with a byte-order mark (U+FEFF); their first line still counts.
@Suite struct ByteOrderMarkTests {
    @Test func aScriptsFirstCommandIsReadAfterAByteOrderMark() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run([], input: "\u{FEFF}/new x\n/quit\n", home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("sessions/x.json").path))
    }

    @Test func anOutlinesFirstObjectiveIsReadAfterAByteOrderMark() throws {
        let home = try Binary.temporaryHome()
        let file = home.appendingPathComponent("okrs.md")
        try "\u{FEFF}Objective: Make our support the reason customers stay\n- Raise CSAT from 82% to 90% by end of Q1\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Binary.run(["check", file.path], home: home)
        #expect(result.status != 2, "\(result.stderr)")
        #expect(result.stdout.contains("Make our support the reason customers stay"))
    }
}
