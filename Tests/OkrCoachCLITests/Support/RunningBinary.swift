import Foundation
import Testing

/// The binary running in the background with its standard streams on pipes, for tests that must watch it while it
/// runs: read what it has printed so far, kill it at any moment, and wait for it with a time limit, so a hang fails
/// the test instead of blocking the run.
final class RunningBinary: @unchecked Sendable {
    /// How a run ended.
    struct Finished {
        /// The exit status, or `nil` when a signal ended the process.
        var status: Int32?
        /// The signal that ended the process, if one did.
        var signal: Int32?
        var stdout: String
        var stderr: String
    }

    private let process = Process()
    private let lock = NSLock()
    private var output = Data()
    private let outputDone = DispatchSemaphore(value: 0)
    private let exited = DispatchSemaphore(value: 0)
    private let errors: ErrorCollector

    /// Starts `executable` (the okr-coach binary by default) in a clean environment whose data directory is `home`,
    /// writing `input` to its standard input and then closing it.
    init(
        _ arguments: [String], executable: URL = Binary.url, input: String, home: URL,
        environment: [String: String] = [:]
    ) throws {
        // Writing to a process that was killed must fail with EPIPE, not end the test runner.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = executable
        process.arguments = arguments
        var env = ["OKR_COACH_HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home.path]
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = exited
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        errors = ErrorCollector(stderr.fileHandleForReading)
        let writing = stdin.fileHandleForWriting
        Thread {
            let bytes = Array(input.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.write(writing.fileDescriptor, $0.baseAddress, $0.count) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { break }
                offset += written
            }
            try? writing.close()
        }.start()
        let reading = stdout.fileHandleForReading
        Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(reading.fileDescriptor, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                lock.withLock { output.append(contentsOf: buffer[..<count]) }
            }
            outputDone.signal()
        }.start()
    }

    var pid: pid_t { process.processIdentifier }

    /// Standard output printed so far.
    var stdoutSoFar: String { lock.withLock { String(decoding: output, as: UTF8.self) } }

    /// Waits until standard output contains `text` (`times` times), the process ends, or `seconds` pass; whether
    /// it appeared.
    func waitFor(_ text: String, times: Int = 1, seconds: Double = 20) -> Bool {
        func seen() -> Bool { stdoutSoFar.components(separatedBy: text).count > times }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if seen() { return true }
            if !process.isRunning { return seen() }
            usleep(500)
        }
        return false
    }

    /// Sends `signal` to the process.
    func kill(_ signal: Int32) {
        _ = Glibc.kill(pid, signal)
    }

    /// Waits for the process to end; a process still running after `seconds` is killed and the test fails (a hang).
    func finish(within seconds: Double = 60, _ what: @autoclosure () -> String = "") -> Finished {
        if exited.wait(timeout: .now() + seconds) == .timedOut {
            Issue.record("okr-coach still running after \(seconds) s, killed: \(what())")
            kill(SIGKILL)
            exited.wait()
        }
        outputDone.wait()
        let byExit = process.terminationReason == .exit
        return Finished(
            status: byExit ? process.terminationStatus : nil, signal: byExit ? nil : process.terminationStatus,
            stdout: stdoutSoFar, stderr: String(decoding: errors.finish(), as: UTF8.self))
    }

    /// Runs to the end and returns how it ended.
    static func run(
        _ arguments: [String], executable: URL = Binary.url, input: String = "", home: URL,
        environment: [String: String] = [:]
    ) throws -> Finished {
        try RunningBinary(arguments, executable: executable, input: input, home: home, environment: environment)
            .finish(arguments.joined(separator: " "))
    }

    /// The shell and its arguments that run okr-coach with `arguments` after `setup` (such as `ulimit -f 1`).
    static func underShell(_ setup: String, _ arguments: [String]) -> (executable: URL, arguments: [String]) {
        (URL(fileURLWithPath: "/bin/sh"), ["-c", setup + "; exec \"$0\" \"$@\"", Binary.url.path] + arguments)
    }
}
