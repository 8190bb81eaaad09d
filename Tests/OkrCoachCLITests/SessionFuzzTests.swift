import CoachKit
import Foundation
import OKRKit
import Testing

/// Broken session files, made by seeded mutations of real ones (`SessionMutator`): thousands go through the loader and
/// the coach in process, and a sample through the real binary. Nothing traps or hangs, a file that cannot be read is
/// named in a clear error, and it is left byte for byte as it was, with every other file in its folder.
@Suite struct SessionFuzzTests {
    @Test func thousandsOfBrokenFilesLoadOrAreRefusedWithTheirName() throws {
        var random = Stress.generator(for: "session fuzz, in process")
        let mutator = try SessionMutator()
        let cases = Stress.count(normal: 30) * 50
        var refused = 0
        for number in 1...cases {
            let data = mutator.mutate(using: &random)
            let file = "/fuzz/case-\(number).json"
            var decoded: Session?
            for onAllCores in [false, true] {
                do {
                    decoded = try SessionCoding.decode(data, file: file, onAllCores: onAllCores)
                } catch {
                    refused += onAllCores ? 0 : 1
                    Self.expectNamesTheFile(error, file, "case \(number)")
                }
            }
            if let decoded { try Self.converse(over: decoded, data: data, number) }
        }
        print("session fuzz, in process: \(cases) files, \(refused) refused, \(cases - refused) loaded")
    }

    @Test func aSampleOfBrokenFilesThroughTheBinaryNeverTrapsAndIsLeftUntouched() throws {
        var random = Stress.generator(for: "session fuzz, binary")
        let mutator = try SessionMutator()
        for number in 1...Stress.count(normal: 30) {
            let data = mutator.mutate(using: &random)
            let home = try Binary.temporaryHome()
            defer { try? FileManager.default.removeItem(at: home) }
            let sessions = home.appendingPathComponent("sessions")
            try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
            let file = sessions.appendingPathComponent("fuzz.json")
            try data.write(to: file)
            var other = try SessionCoding.decode(mutator.bases[1], file: "base")
            other.name = "other"
            try SessionCoding.encode(other).write(to: sessions.appendingPathComponent("other.json"))
            let before = try SessionFolder.snapshot(home)
            let readable = (try? SessionCoding.decode(data, file: file.path)) != nil
            let where_ = "case \(number) (\(readable ? "readable" : "unreadable")): \(String(decoding: data.prefix(300), as: UTF8.self))"

            let check = try RunningBinary.run(["check", file.path], home: home)
            let list = try RunningBinary.run(["sessions"], home: home)
            let open = try RunningBinary.run(["--session", "fuzz"], input: "/list\n/check\nok\n/quit\n", home: home)
            for run in [check, list, open] {
                #expect(run.signal == nil, "no trap: \(where_)\n\(run.stderr)")
            }
            #expect(list.status == 0, "\(where_)")
            #expect((0...2).contains(check.status ?? -1), "\(where_)")
            let after = try SessionFolder.snapshot(home)
            if readable {
                #expect(open.status == 0, "\(where_)\n\(open.stderr)")
                #expect(after.filter { !$0.key.hasPrefix("sessions/fuzz.json") } == before.filter { !$0.key.hasPrefix("sessions/fuzz.json") },
                        "only the session's own files may change: \(where_)")
            } else {
                #expect(open.status == 2, "\(where_)")
                #expect(open.stderr.contains(file.path), "the error names the file: \(where_)\n\(open.stderr)")
                #expect(list.stdout.contains(file.path), "the listing names the file: \(where_)\n\(list.stdout)")
                if String(validating: data, as: UTF8.self) == nil || data.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") {
                    #expect(check.status == 2 && check.stderr.contains(file.path), "\(where_)\n\(check.stderr)")
                }
                #expect(after == before, "an unreadable file and its folder are left byte for byte: \(where_)")
            }
        }
    }

    /// A refusal names the file it refused.
    private static func expectNamesTheFile(_ error: StoreError, _ file: String, _ where_: String) {
        switch error {
        case .unreadable(let named, let problem, _):
            #expect(named == file && !problem.isEmpty, "\(where_)")
        case .newerVersion(let named, _, _):
            #expect(named == file, "\(where_)")
        default:
            Issue.record("\(where_): unexpected \(error)")
        }
    }

    /// A loaded file, opened by the coach in a folder of its own: resumed, listed, checked, its question answered.
    private static func converse(over session: Session, data: Data, _ number: Int) throws {
        let home = try Binary.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = SessionStore(directory: DataDirectory(url: home))
        try FileManager.default.createDirectory(at: store.directory.sessions, withIntermediateDirectories: true)
        try data.write(to: store.directory.sessions.appendingPathComponent("fuzz.json"))
        let coach = Coach(book: try PromptBook.defaults(), store: store)
        _ = coach.openSession("fuzz")
        #expect(coach.current != nil, "case \(number): a file that decodes opens")
        for line in ["/list", "/check", "ok", "/undo"] { _ = coach.handle(line) }
    }
}
