import Foundation

/// A data file of `prompts/` (the lessons, the practice bank): a prompts directory's copy when it holds one, else
/// the one built into the binary.
enum PromptDataFile {
    /// The text of the file `name` and the file as problems name it (its path, or `name` when built in).
    static func read(_ name: String, overrides directory: URL?) throws -> (text: String, file: String) {
        guard let url = directory?.appendingPathComponent(name), FileManager.default.fileExists(atPath: url.path) else {
            return (EmbeddedPrompts.files[name] ?? "", name)
        }
        do { return (try String(contentsOf: url, encoding: .utf8), url.path) } catch {
            throw PromptError(file: url.path, problem: "cannot be read as UTF-8 text")
        }
    }
}
