import OKRKit

/// Renders prompt keys for large reports. A template that uses only plain values (`{{name}}`) and sections on
/// them (`{{#name}}...{{/name}}`, `{{^name}}...{{/name}}`) is parsed once and filled by concatenation, with
/// Mustache's meaning for text values (a section shows when its value is given and not empty); any other template
/// goes through the prompt book's Mustache renderer. The output is the same, several times faster on 10,000
/// key results.
struct PromptRenderer {
    let book: PromptBook
    /// Each key's template by path, as parsed (a `WordTable`: hashing the path is most of a lookup).
    private var parsed = WordTable<Parsed>(capacity: 64)
    /// The report's templates by `CheckReportPrompt.ordinal`, as parsed: a big report renders them all the time.
    private var report = [Parsed?](repeating: nil, count: CheckReportPrompt.allCases.count)

    private enum Parsed: Sendable {
        /// Text without values, rendered once.
        case constant([UInt8])
        case parts([Part])
        /// Outside the supported subset.
        case mustache
    }

    private indirect enum Part: Sendable {
        case text([UInt8])
        case value(String)
        case section(String, inverted: Bool, [Part])
    }

    /// A renderer over a prompt book.
    init(book: PromptBook) { self.book = book }

    /// The key's template rendered with the values, as `PromptBook.text` would render it.
    mutating func text(_ key: some PromptKey, _ values: PromptValues = [:]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(128)
        render(key, values, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the key's template rendered with the values, as UTF-8: filling bytes and making a string once is
    /// cheaper than appending to a string, which checks every join for characters that combine across it.
    mutating func render(_ key: some PromptKey, _ values: PromptValues = [:], into output: inout [UInt8]) {
        let path = key.path
        let found: Parsed
        if let known = parsed[path] {
            found = known
        } else {
            found = template(at: path)
            parsed[path] = found
        }
        render(found, key, values, into: &output)
    }

    /// `render(_:_:into:)` for the words of a check report, found by their place rather than their path.
    mutating func render(_ key: CheckReportPrompt, _ values: PromptValues = [:], into output: inout [UInt8]) {
        let ordinal = key.ordinal
        let found = report[ordinal] ?? template(at: key.path)
        report[ordinal] = found
        render(found, key, values, into: &output)
    }

    private func render(_ template: Parsed, _ key: some PromptKey, _ values: PromptValues, into output: inout [UInt8]) {
        switch template {
        case .constant(let text): output.append(contentsOf: text)
        case .mustache: output.append(contentsOf: book.text(key, values.dictionary).utf8)
        case .parts(let parts):
            let start = output.count
            PromptRenderer.render(parts, values, into: &output)
            PromptRenderer.trimTrailingNewlines(&output, from: start)
        }
    }

    /// The template behind `path`, parsed.
    private func template(at path: String) -> Parsed {
        let template: Parsed
        if let parts = PromptRenderer.parse(book.source(of: path) ?? "{{") {
            let constant = parts.allSatisfy { if case .text = $0 { true } else { false } }
            if constant {
                var output: [UInt8] = []
                PromptRenderer.render(parts, [:], into: &output)
                PromptRenderer.trimTrailingNewlines(&output, from: 0)
                template = .constant(output)
            } else {
                template = .parts(parts)
            }
        } else {
            template = .mustache
        }
        return template
    }

    /// Removes line breaks that end what was appended after `start`, as Mustache's output is trimmed; ASCII ones
    /// are told by their byte, others (rare) by decoding the end.
    private static func trimTrailingNewlines(_ output: inout [UInt8], from start: Int) {
        while output.count > start, let last = output.last, last >= 0x0A, last <= 0x0D { output.removeLast() }
        guard let last = output.last, last >= 0x80, output.count > start else { return }
        var text = String(decoding: output[start...], as: UTF8.self)
        guard text.last?.isNewline == true else { return }
        while text.last?.isNewline == true { text.removeLast() }
        output.removeSubrange(start...)
        output.append(contentsOf: text.utf8)
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
    init(_ dictionary: [String: String]) { pairs = dictionary.map { ($0.key, $0.value) } }

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
