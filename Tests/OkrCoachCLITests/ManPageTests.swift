import Foundation
import Testing

/// The man page `make man` generates (`make test` does it first): it renders without a warning, names every
/// subcommand and option the binary defines, and carries the hand-written sections.
@Suite(.enabled(if: ManPage.exists, "no man page at .build/man/okr-coach.1: make man (or make test) generates it"))
struct ManPageTests {
    @Test func rendersWithoutWarnings() throws {
        let run = try ManPage.groff(["-ww", "-z"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "groff warned: \(run.stderr)")
    }

    @Test func namesEverySubcommandAndOptionTheBinaryDefines() throws {
        let rendered = try ManPage.groff(["-P-cbou"]).stdout
        // The generated part only: the hand-written sections after it mention some options too.
        let page = try #require(rendered.components(separatedBy: "\nDESCRIPTION\n").last?
            .components(separatedBy: "\nENVIRONMENT\n").first)
        let definitions = try Binary.run(["--experimental-dump-help"], home: Binary.temporaryHome())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(definitions.stdout.utf8)) as? [String: Any])
        let (subcommands, options) = ManPage.names(in: try #require(root["command"] as? [String: Any]))
        #expect(subcommands.count >= 8)
        let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for subcommand in subcommands {
            #expect(lines.contains { $0 == subcommand || $0.hasPrefix(subcommand + " ") },
                    "the page does not describe \(subcommand): regenerate it with make man")
        }
        for option in options {
            let named = page.contains(option)
            #expect(named, "the page does not name \(option): regenerate it with make man")
        }
    }

    @Test func carriesTheHandWrittenSections() throws {
        let page = try ManPage.groff(["-P-cbou"]).stdout
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES"] {
            let found = page.contains("\n\(heading)\n")
            #expect(found, "no \(heading) section")
        }
        for text in ["OKR_COACH_HOME", "sessions/NAME.json.bak", "okr-coach check okrs.md"] {
            let found = page.contains(text)
            #expect(found, "the page does not mention \(text)")
        }
    }
}

/// The generated man page and groff, which renders it as `man` does.
enum ManPage {
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["OKR_COACH_MAN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return Binary.packageRoot.appendingPathComponent(".build/man/okr-coach.1")
    }

    static var exists: Bool { FileManager.default.fileExists(atPath: url.path) }

    /// Runs `groff -mandoc -Tutf8 OPTIONS PAGE`.
    static func groff(_ options: [String]) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
        process.arguments = ["-mandoc", "-Tutf8"] + options + [url.path]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let collected = ErrorCollector(errors.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Binary.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: collected.finish(), as: UTF8.self))
    }

    /// The subcommand names and `--long` option names shown in help, from `--experimental-dump-help`'s command.
    static func names(in command: [String: Any]) -> (subcommands: [String], options: [String]) {
        var subcommands: [String] = [], options: [String] = []
        for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool == true {
            for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                options.append("--" + (name["name"] as? String ?? ""))
            }
        }
        for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
            subcommands.append(subcommand["commandName"] as? String ?? "")
            let nested = names(in: subcommand)
            subcommands += nested.subcommands
            options += nested.options
        }
        return (subcommands, options)
    }
}
