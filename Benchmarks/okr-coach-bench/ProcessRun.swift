import Foundation

/// Runs the real binary for start-up and memory figures.
enum ProcessRun {
    /// Starts the binary on a pipe and returns once its first output arrives; then stops it.
    static func untilFirstOutput(_ binary: URL, home: URL) throws {
        let process = Process()
        process.executableURL = binary
        process.environment = ["OKR_COACH_HOME": home.path, "NO_COLOR": "1"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.availableData
        process.waitUntilExit()
    }

    /// Runs the binary over a script and returns its peak resident memory (ru_maxrss) in megabytes.
    static func peakMemoryMegabytes(_ binary: URL, home: URL, input script: String) throws -> Double {
        let process = Process()
        process.executableURL = binary
        process.environment = ["OKR_COACH_HOME": home.path, "NO_COLOR": "1"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(process.processIdentifier, &status, 0, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
