import CoachKit
import Foundation
import OKRKit
import Testing

/// The real binary killed with SIGKILL at random moments while a piped script adds objectives and key results
/// (each saved at once). After every kill the session file is a whole session holding everything the coach had
/// confirmed, and a new okr-coach opens it and saves. A few dozen kills in `make test`, thousands in `make stress`.
@Suite struct CrashSafetyTests {
    static let name = "crash"

    @Test func aKillAtAnyMomentLosesNothingConfirmedAndLeavesAWholeSession() throws {
        var random = Stress.generator(for: "crash safety")
        let script = Self.script(objectives: 300, keyResultsEach: 3)
        let rounds = Stress.count(normal: 30)
        var checked = 0
        defer { print("crash safety: \(rounds) kills, \(checked) confirmed changes found on disk") }
        for round in 1...rounds {
            let home = try Binary.temporaryHome()
            defer { try? FileManager.default.removeItem(at: home) }
            let running = try RunningBinary([], input: script, home: home)
            // Most kills land among the saves, after up to 40 confirmed changes; one in eight from start-up on.
            if random.next() % 8 != 0 {
                _ = running.waitFor("Created session '\(Self.name)'")
                _ = running.waitFor("Added", times: Int(random.next() % 41))
            }
            usleep(UInt32.random(in: 0...20_000, using: &random))
            running.kill(SIGKILL)
            let killed = running.finish("round \(round)")
            let where_ = "round \(round)"
            let confirmed = Confirmed(stdout: killed.stdout)
            let file = home.appendingPathComponent("sessions/\(Self.name).json")
            guard FileManager.default.fileExists(atPath: file.path) else {
                #expect(!confirmed.created, "\(where_): the coach said the session was created, but there is no file")
                try Self.expectANewProcessCanWork(home: home, existing: nil, where_)
                continue
            }
            let session: Session
            do {
                session = try SessionCoding.decode(Data(contentsOf: file), file: file.path)
            } catch {
                Issue.record("\(where_): the session file is not a whole session after SIGKILL: \(error)")
                return
            }
            checked += confirmed.added.count
            confirmed.expectKept(in: session, where_)
            let backup = file.appendingPathExtension("bak")
            if FileManager.default.fileExists(atPath: backup.path) {
                #expect(throws: Never.self, "\(where_): the backup is whole") {
                    try SessionCoding.decode(Data(contentsOf: backup), file: backup.path)
                }
            }
            try Self.expectANewProcessCanWork(home: home, existing: session, where_)
        }
    }

    /// A new okr-coach is not locked out by the killed one, and its change is saved.
    private static func expectANewProcessCanWork(home: URL, existing: Session?, _ where_: String) throws {
        let after = "Reopened after the crash"
        let input = existing == nil ? "/new \(name)\n/objective \(after)\n" : "/objective \(after)\n"
        let run = try RunningBinary.run(existing == nil ? [] : ["--session", name], input: input, home: home)
        #expect(run.status == 0, "\(where_): \(run.stdout) \(run.stderr)")
        #expect(!run.stdout.contains("open in another okr-coach"), "\(where_): the lock died with the process")
        let file = home.appendingPathComponent("sessions/\(name).json")
        let reopened = try SessionCoding.decode(Data(contentsOf: file), file: file.path)
        #expect(reopened.objectives.last?.text == after, "\(where_): the new process saved its change")
        #expect(reopened.objectives.count == (existing?.objectives.count ?? 0) + 1, "\(where_)")
    }

    /// `/new`, then objectives with key results, every line a saved change.
    static func script(objectives: Int, keyResultsEach: Int) -> String {
        var lines = ["/new \(name)"]
        for o in 1...objectives {
            lines.append("/objective Objective \(o) makes onboarding effortless for new customers")
            for k in 1...keyResultsEach {
                lines.append("/kr Raise activation of cohort \(o).\(k) from 20% to 35%")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the coach had printed as done before it was killed: only whole lines count.
    struct Confirmed {
        var created = false
        /// "O3" or "O3.KR2", and the text the coach said it added there.
        var added: [(ref: String, text: String)] = []

        init(stdout: String) {
            let complete = stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for line in complete {
                if line.hasPrefix("Created session '\(CrashSafetyTests.name)'") { created = true }
                guard line.hasPrefix("Added O"), let colon = line.firstIndex(of: ":") else { continue }
                let ref = String(line[line.index(line.startIndex, offsetBy: "Added ".count)..<colon])
                added.append((ref, String(line[line.index(colon, offsetBy: 2)...])))
            }
        }

        /// Every confirmed objective and key result is in the session, at its place.
        func expectKept(in session: Session, _ where_: String) {
            for (ref, text) in added {
                let numbers = ref.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                guard let o = numbers.first.map({ $0 - 1 }), session.objectives.indices.contains(o) else {
                    Issue.record("\(where_): \(ref) was confirmed but is missing")
                    continue
                }
                guard numbers.count == 2 else {
                    #expect(session.objectives[o].text == text, "\(where_): \(ref)")
                    continue
                }
                let keyResults = session.objectives[o].keyResults
                #expect(keyResults.indices.contains(numbers[1] - 1) && keyResults[numbers[1] - 1].text == text,
                        "\(where_): \(ref) was confirmed but is missing")
            }
        }
    }
}
