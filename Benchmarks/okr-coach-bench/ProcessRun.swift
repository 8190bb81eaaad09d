import Foundation

/// Runs the real binary for start-up and memory figures, with `posix_spawn` so the harness adds little.
enum ProcessRun {
    /// Starts the binary with empty input and returns once its first output (the banner) arrives.
    static func untilFirstOutput(_ binary: URL, home: URL) throws {
        let child = try spawn(binary, home: home, input: "")
        var byte: UInt8 = 0
        _ = read(child.output, &byte, 1)
        close(child.output)
        var status: Int32 = 0
        waitpid(child.pid, &status, 0)
    }

    /// Runs the binary over a script and returns its peak resident memory (ru_maxrss) in megabytes.
    static func peakMemoryMegabytes(_ binary: URL, home: URL, input script: String) throws -> Double {
        let usage = drainAndWait(try spawn(binary, home: home, input: script))
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs the binary with `arguments` and waits until it exits, reading and dropping its output.
    static func toEnd(_ binary: URL, arguments: [String], home: URL) throws {
        _ = drainAndWait(try spawn(binary, arguments: arguments, home: home, input: ""))
    }

    /// Runs the binary with `arguments` over `input` (a command that reads all of its input before it writes, such
    /// as `check -`) and returns how long it took from start to exit, and its peak resident memory (ru_maxrss).
    static func timedToEnd(
        _ binary: URL, arguments: [String], input: String, home: URL
    ) throws -> (milliseconds: Double, megabytes: Double) {
        let start = ContinuousClock.now
        let usage = drainAndWait(try spawn(binary, arguments: arguments, home: home, input: input))
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return (milliseconds, Double(usage.ru_maxrss) / 1024)
    }

    /// Reads and drops the child's output until it closes, waits for the child to exit, and returns its usage.
    private static func drainAndWait(_ child: Child) -> rusage {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while read(child.output, &buffer, buffer.count) > 0 {}
        close(child.output)
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(child.pid, &status, 0, &usage)
        return usage
    }

    private struct Child {
        var pid: pid_t
        var output: Int32
    }

    /// Spawns the binary with `input` on a pipe (then closed), its standard output on another pipe and its standard
    /// error dropped.
    private static func spawn(_ binary: URL, arguments: [String] = [], home: URL, input: String) throws -> Child {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        // Warnings about the input ("empty key result, skipped") are not what is measured.
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = [strdup("OKR_COACH_HOME=\(home.path)"), strdup("NO_COLOR=1"), nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, binary.path, &actions, nil, argv, envp)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        let bytes = Array(input.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(stdinPipe[1], $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
        close(stdinPipe[1])
        return Child(pid: pid, output: stdoutPipe[0])
    }
}
