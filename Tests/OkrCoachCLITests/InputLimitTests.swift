import Foundation
import Testing

/// Endless input costs bounded memory: the coach skips a line longer than its limit, naming it, and `check` refuses
/// input larger than its limit, both without holding the bytes (the red team fed them `/dev/zero`).
@Suite struct InputLimitTests {
    @Test func theCoachSkipsALineLongerThanFourMegabytesAndReadsTheNext() throws {
        let home = try Binary.temporaryHome()
        let input = String(repeating: "a", count: 5 * 1024 * 1024) + "\n/new after\n/quit\n"
        let result = try Binary.run([], input: input, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Line 1 is longer than 4 MB, so it was skipped, not read."))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("sessions/after.json").path))
    }

    @Test func theCoachSkipsAnEndlessLastLine() throws {
        let result = try Binary.run([], input: String(repeating: "a", count: 5 * 1024 * 1024), home: Binary.temporaryHome())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Line 1 is longer than 4 MB, so it was skipped, not read."))
    }

    @Test func checkRefusesInputLargerThanSixtyFourMegabytes() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run(["check", "-"], input: String(repeating: "a", count: 64 * 1024 * 1024 + 1), home: home)
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>: larger than 64 MB, not read"))
        let file = home.appendingPathComponent("huge.md")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 1)
        try handle.close()
        let fromFile = try Binary.run(["check", file.path], home: home)
        #expect(fromFile.status == 2)
        #expect(fromFile.stderr.contains("huge.md: larger than 64 MB, not read"))
    }
}
