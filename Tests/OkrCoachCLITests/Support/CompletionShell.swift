import Foundation
import Testing

/// A real shell with okr-coach's generated completion script loaded, asked what Tab offers.
///
/// The built binary is first on `PATH` as `okr-coach` (the scripts run it to list sessions and KPI ids), the
/// data directory is `home`, and nothing of the person's own shell set-up is read.
struct CompletionShell {
    let home: URL

    /// The environment every shell runs in.
    var environment: [String: String] {
        [
            "PATH": Binary.url.deletingLastPathComponent().path + ":/usr/bin:/bin", "HOME": home.path,
            "OKR_COACH_HOME": home.path, "LANG": "C.UTF-8", "TERM": "dumb",
        ]
    }

    /// Whether `shell` is installed (`scripts/install-deps.sh --test` installs bash, zsh and fish).
    static func isInstalled(_ shell: String) -> Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)") }

    /// Writes `okr-coach --generate-completion-script shell` into the data directory and returns its path.
    func script(for shell: String) throws -> URL {
        let generated = try Binary.run(["--generate-completion-script", shell], home: home)
        #expect(generated.status == 0, "\(generated.stderr)")
        let url = home.appendingPathComponent("completion.\(shell)")
        try generated.stdout.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The candidates bash's completion function offers for the last of `words`, as Tab would with the cursor
    /// at the end of the line, run in `directory`.
    func bash(_ words: [String], in directory: URL? = nil) throws -> [String] {
        let driver = """
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _okr-coach "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/bash")
        process.arguments = ["-c", driver, "bash", try script(for: "bash").path] + words
        process.environment = environment
        process.currentDirectoryURL = directory ?? home
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Starts `shell` on a pseudo-terminal with the completion script loaded, types `line` and Tab, and returns
    /// whether the line became `completed`, as a person would see it.
    func typeTab(in shell: String, _ line: String, completesTo completed: String) throws -> Bool {
        let script = try script(for: shell).path
        let (arguments, setup) = shell == "zsh"
            ? (["-f"], "autoload -U compinit; compinit -u; source '\(script)'")
            : (["--no-config"], "source '\(script)'")
        let terminal = try PseudoTerminal(URL(fileURLWithPath: "/usr/bin/\(shell)"), arguments: arguments, environment: environment)
        // The quotes keep the typed line from matching: only the echo's output reads okr-ready.
        terminal.type(setup + "; echo 'okr''-ready'\r")
        guard terminal.waitFor("\nokr-ready") else {
            Issue.record("\(shell) did not load the script: \(terminal.output)")
            return false
        }
        let start = terminal.output.endIndex
        terminal.type(line + "\t")
        let found = terminal.waitFor(completed, after: start)
        if !found { Issue.record("\(shell) showed: \(terminal.output[start...])") }
        return found
    }
}
