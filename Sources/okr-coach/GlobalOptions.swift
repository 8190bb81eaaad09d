import ArgumentParser
import CoachKit
import Foundation

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("prompts"), help: ArgumentHelp(
        "A directory of prompt files overriding the built-in wording (also $OKR_COACH_PROMPTS).", valueName: "dir"),
        completion: .directory)
    var promptsDirectory: String?

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also $NO_COLOR).")
    var noColor = false

    /// Whether to colour standard output, from `--no-color`, `NO_COLOR`, `FORCE_COLOR` and the terminal.
    var colorEnabled: Bool { Terminal.colorEnabled(noColorFlag: noColor) }

    /// The directory of prompt overrides: `--prompts`, else `$OKR_COACH_PROMPTS`.
    var promptsURL: URL? {
        let environment = ProcessInfo.processInfo.environment
        let directory = promptsDirectory ?? environment["OKR_COACH_PROMPTS"].flatMap { $0.isEmpty ? nil : $0 }
        return directory.map { URL(fileURLWithPath: $0) }
    }

    /// The KPI catalog: built-in, then `kpis.yaml` of the prompts directory, then the data directory's
    /// company catalog, then `files`; later ones win by id.
    func catalog(files: [String] = []) -> CatalogLoad {
        let data = DataDirectory.resolve(environment: ProcessInfo.processInfo.environment)
        let candidates = [promptsURL?.appendingPathComponent(CatalogLoader.builtInFile), data.companyCatalog]
        let overlays = candidates.compactMap { $0 }.filter { FileManager.default.fileExists(atPath: $0.path) }
        return CatalogLoader.load(dataDirectory: nil, files: overlays + files.map { URL(fileURLWithPath: $0) })
    }

    /// The prompt book: built-in words overlaid with `--prompts` or `$OKR_COACH_PROMPTS`.
    func promptBook() throws -> PromptBook {
        let directory = promptsURL
        do {
            let book = try PromptBook.load(overrides: directory)
            if directory != nil {
                for problem in book.problems() { Terminal.printError("okr-coach: warning: prompt files: \(problem)") }
            }
            return book
        } catch let error as PromptError {
            Terminal.printError("okr-coach: prompt files: \(error)")
            throw ExitCode(2)
        }
    }
}
