import CoachKit
import Foundation
import Testing

/// On a terminal, `/check`, `/why` and the coach's sentences wrap to its width in display columns: CJK and emoji
/// count as two, and no line runs past the edge, at any width.
@Suite struct DisplayWidthTerminalTests {
    @Test(arguments: [40, 60, 100])
    func checkAndWhyWrapToTheTerminal(columns: Int) throws {
        let home = try Binary.temporaryHome()
        let terminal = try PseudoTerminal(Binary.url, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "NO_COLOR": "1",
        ], columns: UInt16(columns))
        #expect(terminal.waitFor("okr> "))
        #expect(terminal.enter([
            "/new 幅", "2027-Q1", "", "新規のお客様に愛されるサポートを作る 🚀 so customers stay with us", "",
            "初回応答時間を短縮する 🚀🚀 and make every customer feel heard in their own language",
        ], thenWaitFor: "幅> "))
        let mark = terminal.output.endIndex
        terminal.type("/check\r")
        #expect(terminal.waitFor("strength", after: mark))
        terminal.type("/why\r")
        #expect(terminal.waitFor("Fix:", after: mark))
        terminal.type("/quit\r")
        #expect(terminal.exitStatus() == 0)
        let screen = terminal.output[mark...].replacingOccurrences(of: "\r", with: "")
        for line in screen.split(separator: "\n") where !line.contains("\u{1B}") {
            #expect(DisplayWidth.of(line) <= columns, "\(line) is \(DisplayWidth.of(line)) columns wide at \(columns)")
        }
        #expect(screen.contains("初回応答時間"))
    }
}
