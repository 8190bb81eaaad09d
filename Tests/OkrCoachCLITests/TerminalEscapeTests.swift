import CoachKit
import Foundation
import OKRKit
import Testing

/// Text from files never drives the terminal: escape sequences, BEL and C1 controls in a session or an outline are
/// shown, not sent, by every command that prints them (the red team set the window title and cleared the screen).
@Suite struct TerminalEscapeTests {
    /// A title change ended by BEL, a screen clear, and a C1 CSI colour.
    static let hostile = "\u{1B}]0;pwned\u{07} \u{1B}[2J \u{9B}31m"

    /// The control characters of `text` that are not layout (every control but line breaks and tabs).
    static func controls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }
    }

    /// A data directory with the session `evil`, whose objective, key result and team quote `hostile`.
    static func homeWithHostileSession() throws -> URL {
        let home = try Binary.temporaryHome()
        let sessions = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
        var session = Session(name: "evil", createdAt: Date(timeIntervalSince1970: 1_800_000_000), team: hostile,
            cycle: Cycle.quarter(2027, 1))
        session.objectives = [Objective(text: "Delight buyers \(hostile)", keyResults: [
            KeyResult(text: "Raise NPS \(hostile) from 40 to 60"),
        ])]
        try SessionCoding.encode(session).write(to: sessions.appendingPathComponent("evil.json"))
        return home
    }

    @Test func theCoachShowsControlCharactersOfASessionInsteadOfSendingThem() throws {
        let home = try Self.homeWithHostileSession()
        let result = try Binary.run([], input: "/open evil\n/list\n/check\n/sessions\n/quit\n", home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Delight buyers"))
        #expect(Self.controls(result.stdout).isEmpty, "\(Self.controls(result.stdout))")
    }

    @Test func checkShowsControlCharactersOfAnOutlineAndASessionInsteadOfSendingThem() throws {
        let home = try Self.homeWithHostileSession()
        let outline = "Objective: Delight buyers \(Self.hostile)\n- Raise NPS \(Self.hostile) from 40 to 60 by Q3\n"
        for (arguments, input) in [(["check", "-"], outline), (["check", home.path + "/sessions/evil.json"], "")] {
            let result = try Binary.run(arguments, input: input, home: home)
            #expect(result.stdout.contains("Raise NPS"), "\(arguments): \(result.stderr)")
            #expect(Self.controls(result.stdout).isEmpty, "\(arguments): \(Self.controls(result.stdout))")
        }
    }

    @Test func kpisShowsControlCharactersOfACatalogInsteadOfSendingThem() throws {
        let home = try Binary.temporaryHome()
        let catalog = home.appendingPathComponent("evil.yaml")
        try """
            kpis:
              - id: evil-rate
                name: "Evil \\e]0;pwned\\a rate \\x9B31m"
                category: supply-chain
                definition: "Clears \\e[2J the screen"
                unit: "%"
                direction: lower-is-better
                cadence: daily
                keywords: [evil]
            """.write(to: catalog, atomically: true, encoding: .utf8)
        for arguments in [["kpis", "show", "evil-rate"], ["kpis", "list"], ["kpis", "search", "evil"]] {
            let result = try Binary.run(arguments + ["--catalog", catalog.path], home: home)
            #expect(result.stdout.contains("Evil"), "\(arguments): \(result.stderr)")
            #expect(Self.controls(result.stdout).isEmpty, "\(arguments): \(Self.controls(result.stdout))")
        }
    }
}
