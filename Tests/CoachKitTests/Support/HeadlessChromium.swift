import Foundation

/// Debian's headless Chromium (`chromium-headless-shell`, else `chromium`) and poppler's `pdftotext`, found where
/// they are installed (`make test` installs them when it can); nothing is installed here.
enum HeadlessChromium {
    static let browser = installed(["chromium-headless-shell", "chromium"])
    static let pdftotext = installed(["pdftotext"])
    static var isAvailable: Bool { browser != nil && pdftotext != nil }

    /// Why the browser tests cannot run here.
    static let missing = "headless Chromium or pdftotext is not installed: `make test-deps` installs "
        + "chromium-headless-shell and poppler-utils with apt-get (sudo apt-get install -y chromium-headless-shell "
        + "poppler-utils); the HTML handout's browser test is skipped"

    /// Prints `page` to `pdf` with the network blocked, logging every request the page makes to `netLog`.
    static func printToPDF(_ page: URL, pdf: URL, netLog: URL, in directory: URL) throws {
        guard let browser else { return }
        try run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=\(netLog.path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ], output: directory.appendingPathComponent("chromium.log"))
    }

    /// The PDF's text, with a form feed after each page.
    static func text(of pdf: URL, in directory: URL) throws -> String {
        guard let pdftotext else { return "" }
        let text = directory.appendingPathComponent(pdf.deletingPathExtension().lastPathComponent + ".txt")
        try run(pdftotext, ["-enc", "UTF-8", pdf.path, text.path], output: directory.appendingPathComponent("pdftotext.log"))
        return try String(contentsOf: text, encoding: .utf8)
    }

    /// The addresses a net log shows the page asked for, other than files and inline data.
    static func requests(in netLog: URL) throws -> [String] {
        let log = try String(contentsOf: netLog, encoding: .utf8)
        return log.components(separatedBy: "\"url\":\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .filter { !$0.hasPrefix("file:") && !$0.hasPrefix("data:") && !$0.hasPrefix("about:") }
    }

    /// Runs a tool to its end, its output in `output`; one still running after a minute is killed, so a stuck
    /// browser fails the test instead of hanging it.
    private static func run(_ tool: URL, _ arguments: [String], output: URL) throws {
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let log = try FileHandle(forWritingTo: output)
        defer { try? log.close() }
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            throw ToolFailure(description: "\(tool.lastPathComponent) failed (status \(process.terminationStatus)): \(said.suffix(2000))")
        }
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    private static func installed(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }
}
