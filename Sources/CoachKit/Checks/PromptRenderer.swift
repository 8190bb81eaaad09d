/// Renders prompt keys for large reports. A template that uses only plain values (`{{name}}`) and sections on
/// them (`{{#name}}...{{/name}}`, `{{^name}}...{{/name}}`) is parsed once and filled by concatenation, with
/// Mustache's meaning for text values (a section shows when its value is given and not empty); any other template
/// goes through the prompt book's Mustache renderer. The output is the same, several times faster on 10,000
/// key results.
struct PromptRenderer {
    let book: PromptBook
    /// Each key's template by path, as parsed.
    private var parsed: [String: Parsed] = [:]

    private enum Parsed {
        /// Text without values: rendered once.
        case constant(String)
        case parts([Part])
        /// Outside the supported subset.
        case mustache
    }

    private indirect enum Part {
        case text([UInt8])
        case value(String)
        case section(String, inverted: Bool, [Part])
    }

    /// A renderer over a prompt book.
    init(book: PromptBook) { self.book = book }

    /// The key's template rendered with the values, as `PromptBook.text` would render it.
    mutating func text(_ key: some PromptKey, _ values: PromptValues = [:]) -> String {
        let path = key.path
        let template = parsed[path] ?? parse(path)
        switch template {
        case .constant(let text): return text
        case .mustache: return book.text(key, values.dictionary)
        case .parts(let parts):
            // Filled as UTF-8 bytes and made a string once: appending to a string checks every join for characters
            // that combine across it, which cost more than the rest of rendering.
            var output: [UInt8] = []
            output.reserveCapacity(128)
            PromptRenderer.render(parts, values, into: &output)
            return PromptRenderer.trimmed(output)
        }
    }

    /// The template behind `path`, parsed and remembered.
    private mutating func parse(_ path: String) -> Parsed {
        let template: Parsed
        if let parts = PromptRenderer.parse(book.source(of: path) ?? "{{") {
            let constant = parts.allSatisfy { if case .text = $0 { true } else { false } }
            if constant {
                var output: [UInt8] = []
                PromptRenderer.render(parts, [:], into: &output)
                template = .constant(PromptRenderer.trimmed(output))
            } else {
                template = .parts(parts)
            }
        } else {
            template = .mustache
        }
        parsed[path] = template
        return template
    }

    /// The text without trailing line breaks, as Mustache's output is trimmed; ASCII ones are told by their byte.
    private static func trimmed(_ output: [UInt8]) -> String {
        var end = output.count
        while end > 0, output[end - 1] >= 0x0A, output[end - 1] <= 0x0D { end -= 1 }
        var text = String(decoding: output[..<end], as: UTF8.self)
        if let last = output[..<end].last, last >= 0x80 {
            while text.last?.isNewline == true { text.removeLast() }
        }
        return text
    }

    private static func render(_ parts: [Part], _ values: PromptValues, into output: inout [UInt8]) {
        for part in parts {
            switch part {
            case .text(let text): output.append(contentsOf: text)
            case .value(let name):
                if var value = values[name] { value.withUTF8 { output.append(contentsOf: $0) } }
            case .section(let name, let inverted, let inner):
                let shown = !(values[name] ?? "").isEmpty
                if shown != inverted { render(inner, values, into: &output) }
            }
        }
    }

    /// Parses the supported subset; `nil` for anything else (partials, comments, triple braces, dotted names).
    private static func parse(_ source: String) -> [Part]? {
        let bytes = Array(source.utf8)
        /// Where `pair` ("{{" or "}}") next starts at or after `from`.
        func find(_ pair: UInt8, from: Int) -> Int? {
            var k = from
            while k + 1 < bytes.count {
                if bytes[k] == pair, bytes[k + 1] == pair { return k }
                k += 1
            }
            return nil
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var stack: [(name: String, inverted: Bool, parts: [Part])] = [("", false, [])]
        var rest = 0
        while let open = find(UInt8(ascii: "{"), from: rest) {
            stack[stack.count - 1].parts.append(.text(Array(bytes[rest..<open])))
            guard let close = find(UInt8(ascii: "}"), from: open + 2) else { return nil }
            var tag = bytes[(open + 2)..<close].drop(while: isSpace)
            while let last = tag.last, isSpace(last) { tag = tag.dropLast() }
            rest = close + 2
            let sigil = tag.first
            if sigil == UInt8(ascii: "#") || sigil == UInt8(ascii: "^") || sigil == UInt8(ascii: "/") {
                tag = tag.dropFirst().drop(while: isSpace)
            }
            let name = String(decoding: tag, as: UTF8.self)
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"): stack.append((name, sigil == UInt8(ascii: "^"), []))
            case UInt8(ascii: "/"):
                guard stack.count > 1, let section = stack.popLast(), section.name == name else { return nil }
                stack[stack.count - 1].parts.append(.section(name, inverted: section.inverted, section.parts))
            default: stack[stack.count - 1].parts.append(.value(name))
            }
        }
        guard stack.count == 1, find(UInt8(ascii: "}"), from: rest) == nil else { return nil }
        stack[0].parts.append(.text(Array(bytes[rest...])))
        return stack[0].parts
    }
}

/// The named values a template is rendered with, as a short list: a template takes a handful, and comparing a few
/// names is cheaper than hashing them. Written like a dictionary: `["number": "1", "text": text]`.
struct PromptValues: ExpressibleByDictionaryLiteral {
    private var pairs: [(String, String)]

    init(dictionaryLiteral elements: (String, String)...) { pairs = elements }

    /// The values of a dictionary.
    init(_ dictionary: [String: String]) { pairs = Array(dictionary) }

    /// The value named `name`; setting `nil` removes it.
    subscript(name: String) -> String? {
        get {
            for (key, value) in pairs where key == name { return value }
            return nil
        }
        set {
            pairs.removeAll { $0.0 == name }
            if let newValue { pairs.append((name, newValue)) }
        }
    }

    /// The values as a dictionary, for the prompt book.
    var dictionary: [String: String] { Dictionary(pairs, uniquingKeysWith: { _, last in last }) }
}
