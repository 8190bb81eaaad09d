import Foundation

/// Renders prompt keys for large reports. A template that uses only plain values (`{{name}}`) and sections on
/// them (`{{#name}}...{{/name}}`, `{{^name}}...{{/name}}`) is parsed once and filled by concatenation, with
/// Mustache's meaning for text values (a section shows when its value is given and not empty); any other template
/// goes through the prompt book's Mustache renderer. The output is the same, several times faster on 10,000
/// key results.
struct PromptRenderer {
    let book: PromptBook
    private var compiled: [String: [Part]] = [:]
    private var needsMustache: Set<String> = []

    private indirect enum Part {
        case text(String)
        case value(String)
        case section(String, inverted: Bool, [Part])
    }

    /// A renderer over a prompt book.
    init(book: PromptBook) { self.book = book }

    /// The key's template rendered with the values, as `PromptBook.text` would render it.
    mutating func text(_ key: some PromptKey, _ values: [String: String] = [:]) -> String {
        let path = key.path
        if needsMustache.contains(path) { return book.text(key, values) }
        guard let parts = compiled[path] ?? compile(path) else { return book.text(key, values) }
        var output = ""
        PromptRenderer.render(parts, values, into: &output)
        // Trailing line breaks go, as Mustache's output is trimmed; ASCII ones are told by their byte.
        while let byte = output.utf8.last, byte < 0x80 ? byte >= 0x0A && byte <= 0x0D : output.last?.isNewline == true {
            output.removeLast()
        }
        return output
    }

    private static func render(_ parts: [Part], _ values: [String: String], into output: inout String) {
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .value(let name): output += values[name] ?? ""
            case .section(let name, let inverted, let inner):
                let shown = !(values[name] ?? "").isEmpty
                if shown != inverted { render(inner, values, into: &output) }
            }
        }
    }

    private mutating func compile(_ path: String) -> [Part]? {
        guard let source = book.source(of: path), let parts = PromptRenderer.parse(source) else {
            needsMustache.insert(path)
            return nil
        }
        compiled[path] = parts
        return parts
    }

    /// Parses the supported subset; `nil` for anything else (partials, comments, triple braces, dotted names).
    private static func parse(_ source: String) -> [Part]? {
        var stack: [(name: String, inverted: Bool, parts: [Part])] = [("", false, [])]
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            stack[stack.count - 1].parts.append(.text(String(rest[..<open.lowerBound])))
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { return nil }
            var tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = afterOpen[close.upperBound...]
            let sigil = tag.first
            if sigil == "#" || sigil == "^" || sigil == "/" { tag = tag.dropFirst().trimmingCharacters(in: .whitespaces) }
            guard !tag.isEmpty, tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
            switch sigil {
            case "#", "^": stack.append((tag, sigil == "^", []))
            case "/":
                guard stack.count > 1, let section = stack.popLast(), section.name == tag else { return nil }
                stack[stack.count - 1].parts.append(.section(tag, inverted: section.inverted, section.parts))
            default: stack[stack.count - 1].parts.append(.value(tag))
            }
        }
        guard stack.count == 1, !rest.contains("}}") else { return nil }
        stack[0].parts.append(.text(String(rest)))
        return stack[0].parts
    }
}
