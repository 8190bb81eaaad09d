import Foundation
import Testing

/// `scripts/install-files.sh`, which `make install` and `make dist` use: every file lands where the shells and
/// `man` look for it, and uninstalling removes exactly those files.
@Suite(.enabled(if: ManPage.exists, "no man page at .build/man/okr-coach.1: make man (or make test) generates it"))
struct InstallFilesTests {
    static let manual = "share/man/man1/okr-coach.1"
    static let completions = [
        "bash": "share/bash-completion/completions/okr-coach", "zsh": "share/zsh/site-functions/_okr-coach",
        "fish": "share/fish/vendor_completions.d/okr-coach.fish",
    ]
    static let installed = ["bin/okr-coach", manual, "share/doc/okr-coach/README.md"] + completions.values

    /// Runs `scripts/install-files.sh ARGUMENTS` and returns its exit status.
    static func installFiles(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = Binary.packageRoot.appendingPathComponent("scripts/install-files.sh")
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func installsEveryFileWhereItIsLookedFor() throws {
        let prefix = try Binary.temporaryHome()
        #expect(try Self.installFiles(["install", Binary.url.path, prefix.path]) == 0)
        for path in Self.installed {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "no \(path)")
        }
        let binary = prefix.appendingPathComponent("bin/okr-coach").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let home = try Binary.temporaryHome()
        for (shell, path) in Self.completions {
            let script = try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
            #expect(script == (try Binary.run(["--generate-completion-script", shell], home: home).stdout), "\(path)")
        }
        let page = try Data(contentsOf: prefix.appendingPathComponent(Self.manual))
        #expect(page == (try Data(contentsOf: ManPage.url)))
    }

    @Test func uninstallRemovesOnlyWhatWasInstalled() throws {
        let prefix = try Binary.temporaryHome()
        let other = prefix.appendingPathComponent("bin/other-tool")
        #expect(try Self.installFiles(["install", Binary.url.path, prefix.path]) == 0)
        try Data("#!/bin/sh\n".utf8).write(to: other)
        #expect(try Self.installFiles(["uninstall", prefix.path]) == 0)
        for path in Self.installed {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path) is left")
        }
        #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/doc/okr-coach").path))
        #expect(FileManager.default.fileExists(atPath: other.path))
    }

    @Test func refusesAnUnknownAction() throws {
        let prefix = try Binary.temporaryHome()
        #expect(try Self.installFiles(["instal", Binary.url.path, prefix.path]) == 64)
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.path).isEmpty)
    }
}
