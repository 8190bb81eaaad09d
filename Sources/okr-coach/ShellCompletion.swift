import ArgumentParser
import CoachKit
import Foundation
import OKRKit

/// What Tab completes in bash, zsh and fish for okr-coach's own values (`okr-coach
/// --generate-completion-script SHELL` writes the scripts).
///
/// The custom kinds run inside the binary when Tab is pressed (the scripts call `okr-coach ---completion ...`)
/// and read only what they list: a directory listing for session names, the KPI catalog for its ids. The shell
/// keeps the candidates that start with what was typed.
extension CompletionKind {
    /// The names of the saved sessions in the data directory, from the file names (no session is read).
    static var sessionNames: CompletionKind {
        .custom { _, _, _ in
            SessionStore(directory: DataDirectory.resolve(environment: ProcessInfo.processInfo.environment))
                .names().map(\.value)
        }
    }

    /// The KPI ids of the catalog the command would use: built-in, the company's, and the `--catalog` files
    /// already on the command line.
    static var kpiIDs: CompletionKind {
        .custom { words, _, _ in CompletionCatalog(words: words).load().kpis.map(\.id) }
    }

    /// The ids of the catalog's categories, as `kpis list --category` takes them.
    static var kpiCategoryIDs: CompletionKind {
        .custom { words, _, _ in CompletionCatalog(words: words).load().categories.map(\.id) }
    }

    /// KPI catalog files (YAML), and directories to reach them.
    static var catalogFiles: CompletionKind { .file(extensions: ["yaml", "yml"]) }
}

/// The catalog a command line being completed refers to, read from its words as the shell passes them.
///
/// The words are the shell's, quotes included, so a path that needed quoting is not found and the catalog
/// is completed without it; a file that cannot be used is left out, as the command itself would report it.
struct CompletionCatalog {
    /// `--prompts DIR` when the command line gives it, as `GlobalOptions` parses it.
    private var promptArguments: [String] = []
    /// The `--catalog` files on the command line, in order.
    private var catalogFiles: [String] = []

    init(words: [String]) {
        let following = words.dropFirst().map(Optional.some) + [nil]
        for (word, next) in zip(words, following) {
            if let value = Self.value(of: "--catalog", word: word, next: next) {
                catalogFiles.append(value)
            } else if let value = Self.value(of: "--prompts", word: word, next: next) {
                promptArguments = ["--prompts", value]
            }
        }
    }

    /// The merged catalog, without its problems.
    func load() -> KPICatalog {
        let global = try? GlobalOptions.parse(promptArguments)
        return global?.catalog(files: catalogFiles).catalog ?? KPICatalog()
    }

    /// The value `word` gives `option`, as `--option=value` or `--option value`.
    private static func value(of option: String, word: String, next: String?) -> String? {
        if word == option { return next }
        guard word.hasPrefix(option + "=") else { return nil }
        return String(word.dropFirst(option.count + 1))
    }
}
