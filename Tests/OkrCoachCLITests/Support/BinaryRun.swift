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
    /// whose data directory is `home`; a run ended by a signal has the status a shell reports, 128 + the signal.
    static func run(_ arguments: [String], input: String = "", home: URL, environment: [String: String] = [:])
        throws -> Result
    {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            Issue.record("okr-coach is not built at \(url.path): run `swift build` (make test does) first")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let finished = try RunningBinary.run(arguments, input: input, home: home, environment: environment)
        return Result(
            status: finished.status ?? 128 + (finished.signal ?? 0), stdout: finished.stdout, stderr: finished.stderr)
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
