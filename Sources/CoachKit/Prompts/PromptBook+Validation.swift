import Foundation

/// Checks that the loaded files and the code's keys agree.
extension PromptBook {
    /// Problems between the files and `keys`: a key the code uses that no file holds, a key no code uses,
    /// a template that does not compile, and a template naming a value the code never passes.
    public func problems(against keys: [any PromptKey] = PromptKeys.all) -> [PromptError] {
        var problems: [PromptError] = []
        let declared = Dictionary(keys.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in declared.keys.sorted() where source(of: path) == nil {
            let file = path.split(separator: ".").first.map { "\($0).yaml" } ?? path
            problems.append(PromptError(file: file, key: path, problem: "missing: the code uses this key"))
        }
        for (path, origin) in self.keys.sorted(by: { $0.key < $1.key }) {
            guard let key = declared[path] else {
                problems.append(PromptError(file: origin, key: path, problem: "not used by the code (a typo?)"))
                continue
            }
            if let problem = compileProblem(path) {
                problems.append(PromptError(file: origin, key: path, problem: "is not a valid template: \(problem)"))
            }
            let unknown = PromptBook.variables(in: source(of: path) ?? "").subtracting(key.values).sorted()
            if !unknown.isEmpty {
                problems.append(PromptError(
                    file: origin, key: path,
                    problem: "names {{\(unknown.joined(separator: "}}, {{"))}}, which the code does not pass; it can use: "
                        + (key.values.isEmpty ? "no values" : key.values.joined(separator: ", "))))
            }
        }
        return problems
    }

    /// The value names a Mustache template refers to (`{{name}}`, `{{#name}}`, `{{^name}}`, `{{{name}}}`, `{{&name}}`).
    static func variables(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
            if let first = tag.first, "!/%>=".contains(first) { continue }
            tag = tag.drop { "#^&{ ".contains($0) }
            let name = tag.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "}"))
            if !name.isEmpty, name != "." { names.insert(name.split(separator: ".").first.map(String.init) ?? name) }
        }
        return names
    }
}
