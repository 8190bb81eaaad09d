import Foundation
import Mustache
import Synchronization
import Yams

/// The coach's words: templates loaded from `prompts/*.yaml` and rendered with named values.
///
/// The defaults are compiled into the binary. A directory of overrides (a facilitator's own wording, or another
/// language) replaces any key it holds; keys it lacks keep their default wording.
public struct PromptBook: Sendable {
    /// The prompt files that hold templates, by base name. (`lessons.yaml`, `practice.yaml` and `kpis.yaml` hold data.)
    public static let templateFiles = ["shell", "coach", "rules", "suggestions", "tracking", "status", "exchange", "handout", "report", "course"]
    /// The files of the HTML handout: its page, team and overview templates (Mustache that escapes HTML) and its style
    /// sheet.
    public static let pageFiles = ["handout.html", "handout-team.html", "handout-overview.html", "handout.css"]

    struct Template: Sendable {
        let source: String
        let origin: String
    }

    private var templates: [String: Template] = [:]
    /// The page files by file name, as written.
    private var pages: [String: Template] = [:]
    /// Compiled templates, shared by copies of the book. The built-in ones compile on first use, which keeps
    /// start-up short; a facilitator's files are compiled (so checked) as they load.
    private let compiled = CompiledTemplates()

    /// Every key the loaded files hold, with the file it came from.
    public var keys: [String: String] { templates.mapValues(\.origin) }

    /// The template source behind a key, as written in its file.
    public func source(of path: String) -> String? { templates[path]?.source }

    /// A page file (one of `pageFiles`) as written, and the file it came from.
    func page(_ file: String) -> Template? { pages[file] }

    /// The book built into the binary.
    public static func defaults() throws -> PromptBook {
        var book = PromptBook()
        for name in templateFiles {
            let file = "\(name).yaml"
            try book.merge(yaml: EmbeddedPrompts.files[file] ?? "", file: file, prefix: name, compileNow: false)
        }
        for file in pageFiles {
            book.pages[file] = Template(source: EmbeddedPrompts.files[file] ?? "", origin: file)
        }
        return book
    }

    /// The defaults, overlaid with the files found in `directory` (if given).
    public static func load(overrides directory: URL?) throws -> PromptBook {
        var book = try defaults()
        guard let directory else { return book }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PromptError(file: directory.path, problem: "no such prompts directory")
        }
        for name in templateFiles {
            let url = directory.appendingPathComponent("\(name).yaml")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try book.merge(yaml: read(url), file: url.path, prefix: name, compileNow: true)
        }
        for file in pageFiles {
            let url = directory.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let text = try read(url)
            if url.pathExtension == "html" {
                do {
                    _ = try MustacheTemplate(string: text)
                } catch {
                    throw PromptError(file: url.path, problem: "is not a valid template: \(error)")
                }
            }
            book.pages[file] = Template(source: text, origin: url.path)
        }
        return book
    }

    /// A prompt file's text.
    private static func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PromptError(file: url.path, problem: "cannot be read as UTF-8 text (\(FileErrorReason.of(error)))")
        }
    }

    /// Renders a key's template with the given values. Values are plain text: nothing is escaped.
    /// An empty value counts as absent, so `{{#name}}...{{/name}}` sections skip it.
    public func text(_ key: some PromptKey, _ values: [String: String] = [:]) -> String {
        assert(Set(values.keys).isSubset(of: key.values), "\(key.path) is not declared to take \(values.keys.sorted())")
        guard let source = templates[key.path]?.source, let template = try? compiled.template(source) else {
            return "[\(key.path)]"
        }
        return template.render(values.filter { !$0.value.isEmpty }).trimmingTrailingNewlines()
    }

    /// Why the template behind a key does not compile, if it does not.
    func compileProblem(_ path: String) -> String? {
        guard let source = templates[path]?.source else { return nil }
        do {
            _ = try compiled.template(source)
            return nil
        } catch {
            return "\(error)"
        }
    }

    // MARK: Loading

    /// Adds a file's templates under `prefix`; `compileNow` compiles them at once, so a broken one is an error here.
    private mutating func merge(yaml: String, file: String, prefix: String, compileNow: Bool) throws {
        let root: Node?
        do {
            // Templates are text: no YAML type resolution (its regular expressions cost milliseconds at start-up).
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw PromptError(file: file, line: PromptBook.line(of: error), problem: "is not valid YAML: \(error)")
        }
        guard let root else { return }
        try collect(root, path: prefix, file: file, compileNow: compileNow)
    }

    private mutating func collect(_ node: Node, path: String, file: String, compileNow: Bool) throws {
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.string else {
                    throw PromptError(file: file, key: path, line: key.mark?.line, problem: "keys must be text")
                }
                try collect(value, path: "\(path).\(name)", file: file, compileNow: compileNow)
            }
        case .scalar(let scalar):
            do {
                if compileNow { _ = try compiled.template(scalar.string) }
                templates[path] = Template(source: scalar.string, origin: file)
            } catch {
                throw PromptError(file: file, key: path, line: scalar.mark?.line, problem: "is not a valid template: \(error)")
            }
        default:
            throw PromptError(file: file, key: path, line: node.mark?.line, problem: "must be text or a map of texts")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last?.isNewline == true { result.removeLast() }
        return result
    }
}

/// Mustache templates compiled from their sources, once each, safe to share between threads.
private final class CompiledTemplates: Sendable {
    private let bySource = Mutex<[String: MustacheTemplate]>([:])

    /// The template compiled from `source` (as plain text, no HTML escaping).
    func template(_ source: String) throws -> MustacheTemplate {
        if let template = bySource.withLock({ $0[source] }) { return template }
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
        bySource.withLock { $0[source] = template }
        return template
    }
}
