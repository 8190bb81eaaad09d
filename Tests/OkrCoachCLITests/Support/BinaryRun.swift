import Foundation
import Testing

/// The built `okr-coach` binary, run as a person or a script would run it.
///
/// Looks for `$OKR_COACH_BIN`, else `.build/debug/okr-coach` under the package root; `make test` builds it first.
enum Binary {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["OKR_COACH_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.appendingPathComponent(".build/debug/okr-coach")
    }

    /// What one run produced.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `arguments`, feeding `input` on standard input, in a clean environment
    /// whose data directory is `home`.
    static func run(_ arguments: [String], input: String = "", home: URL, environment: [String: String] = [:])
        throws -> Result
    {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            Issue.record("okr-coach is not built at \(url.path): run `swift build` (make test does) first")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ["OKR_COACH_HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home.path]
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errData = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errData.finish(), as: UTF8.self))
    }

    /// A fresh, empty data directory for one test.
    static func temporaryHome() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("okr-coach-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Drains a pipe on a background thread so a chatty child never blocks on a full pipe.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
