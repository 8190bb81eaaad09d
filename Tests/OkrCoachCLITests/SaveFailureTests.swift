import Foundation
import Testing

/// Saves the system refuses (a file-size limit, a read-only folder): the coach says why in words, changes no file,
/// keeps going, and a piped script learns which lines were lost from standard error and a non-zero exit status.
@Suite struct SaveFailureTests {
    /// An objective whose session file is bigger than 512 bytes, the limit `ulimit -f 1` sets in /bin/sh.
    static let longObjective = "Grow " + String(repeating: "very ", count: 150) + "much"

    @Test func aFileSizeLimitIsReportedInWordsAndAPipedScriptExitsOne() throws {
        let home = try Binary.temporaryHome()
        #expect(try RunningBinary.run([], input: "/new big\n/quit\n", home: home).status == 0)
        let before = try SessionFolder.snapshot(home)
        let limited = RunningBinary.underShell("ulimit -f 1", ["--session", "big"])
        let script = "/objective \(Self.longObjective)\n/list\n/objective \u{1B}[31mAnother \(Self.longObjective)\n"
        let run = try RunningBinary.run(limited.arguments, executable: limited.executable, input: script, home: home)
        #expect(run.signal == nil, "SIGXFSZ must not kill the coach: \(run.stderr)")
        #expect(run.status == 1, "a script must be able to tell a save failed: \(run.stdout)")
        #expect(run.stdout.contains(
            "Could not save 'big': the file would exceed the size limit this process may write (EFBIG; see ulimit -f); nothing was changed on disk"))
        #expect(run.stdout.contains("No objectives yet"), "the coach kept going, and the change was not made")
        #expect(run.stderr.contains("2 input line(s) asked for changes that could not be saved:"), "\(run.stderr)")
        #expect(run.stderr.contains("  line 1: /objective Grow very very very very very very very very very…\n"))
        #expect(run.stderr.contains("  line 3: /objective ?[31mAnother Grow"), "control characters are not printed")
        #expect(!run.stderr.contains("line 2:"), "/list changes nothing")
        #expect(try SessionFolder.snapshot(home) == before, "the session file and its backup are byte for byte as they were")
    }

    @Test func aReadOnlySessionsFolderIsReportedAndAPipedScriptExitsOne() throws {
        let home = try Binary.temporaryHome()
        #expect(try RunningBinary.run([], input: "/new locked out\n/quit\n", home: home).status == 0)
        let sessions = home.appendingPathComponent("sessions")
        let before = try SessionFolder.snapshot(home)
        chmod(sessions.path, 0o500)
        defer { chmod(sessions.path, 0o700) }
        let command = SessionFolder.withoutRootOverride(["--session", "locked out"])
        let script = "/objective Make onboarding effortless for new customers\n/kind O1 committed\n"
        let run = try RunningBinary.run(command.arguments, executable: command.executable, input: script, home: home)
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains(
            "Could not save 'locked out': permission denied (EACCES): the sessions folder is not writable; nothing was changed on disk"))
        #expect(run.stderr.contains("1 input line(s) asked for changes that could not be saved:\n  line 1: /objective Make onboarding effortless for new customers\n"))
        #expect(try SessionFolder.snapshot(home) == before)
    }

    @Test func aPipedScriptWhoseSavesAllWorkExitsZero() throws {
        let home = try Binary.temporaryHome()
        let run = try RunningBinary.run([], input: "/new fine\n/objective Make onboarding effortless\n", home: home)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }

    @Test func anInteractiveSessionShowsTheFailureAtOnceAndExitsZero() throws {
        let home = try Binary.temporaryHome()
        #expect(try RunningBinary.run([], input: "/new big\n/quit\n", home: home).status == 0)
        let before = try SessionFolder.snapshot(home)
        let limited = RunningBinary.underShell("ulimit -f 1", ["--session", "big"])
        let terminal = try PseudoTerminal(limited.executable, arguments: limited.arguments, environment: [
            "OKR_COACH_HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "PATH": "/usr/bin:/bin",
        ])
        #expect(terminal.waitFor("okr:big> "), "\(terminal.output)")
        terminal.type("/objective \(Self.longObjective)\r")
        #expect(terminal.waitFor("(EFBIG; see ulimit -f)"), "the failure is shown at once: \(terminal.output)")
        terminal.type("\u{4}")
        #expect(terminal.exitStatus() == 0, "\(terminal.output)")
        #expect(try SessionFolder.snapshot(home).filter { $0.key.hasPrefix("sessions/") } == before.filter { $0.key.hasPrefix("sessions/") })
    }
}

/// The files of a data directory, for asserting that nothing changed.
enum SessionFolder {
    /// Every file under `home` (path relative to it, and its bytes), except the lock files, which hold the pid of
    /// whichever okr-coach opened the session last.
    static func snapshot(_ home: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = home.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let path as String in walker where !path.hasSuffix(".lock") {
            var isDirectory: ObjCBool = false
            let full = root + "/" + path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return files
    }

    /// okr-coach with `arguments`, run so that file permissions apply to it: as root, through `setpriv` without the
    /// capabilities that let root write anywhere.
    static func withoutRootOverride(_ arguments: [String]) -> (executable: URL, arguments: [String]) {
        guard getuid() == 0 else { return (Binary.url, arguments) }
        return (URL(fileURLWithPath: "/usr/bin/setpriv"),
                ["--bounding-set", "-dac_override,-dac_read_search", "--", Binary.url.path] + arguments)
    }
}
