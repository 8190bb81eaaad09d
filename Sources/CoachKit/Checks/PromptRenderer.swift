import Foundation

/// Renders prompt keys for large reports: a template that only inserts plain values (`{{name}}`, no sections) is
/// split once into text and value slots and filled by concatenation; any other template goes through the prompt
/// book's Mustache renderer. The output is the same; a 10,000-key-result report renders several times faster.
struct PromptRenderer {
    let book: PromptBook
    private var compiled: [String: [Slot]] = [:]
    private var needsMustache: Set<String> = []

    private enum Slot {
        case text(String)
        case value(String)
    }

    /// A renderer over a prompt book.
    init(book: PromptBook) { self.book = book }

    /// The key's template rendered with the values, as `PromptBook.text` would render it.
    mutating func text(_ key: some PromptKey, _ values: [String: String] = [:]) -> String {
        let path = key.path
        if needsMustache.contains(path) { return book.text(key, values) }
        guard let slots = compiled[path] ?? compile(path) else { return book.text(key, values) }
        var output = ""
        for slot in slots {
            switch slot {
            case .text(let text): output += text
            case .value(let name): output += values[name] ?? ""
            }
        }
        while output.last?.isNewline == true { output.removeLast() }
        return output
    }

    private mutating func compile(_ path: String) -> [Slot]? {
        guard let source = book.source(of: path) else {
            needsMustache.insert(path)
            return nil
        }
        var slots: [Slot] = []
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            slots.append(.text(String(rest[..<open.lowerBound])))
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { break }
            let name = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                needsMustache.insert(path)
                return nil
            }
            slots.append(.value(name))
            rest = afterOpen[close.upperBound...]
        }
        if rest.contains("{{") || rest.contains("}}") {
            needsMustache.insert(path)
            return nil
        }
        slots.append(.text(String(rest)))
        compiled[path] = slots
        return slots
    }
}
