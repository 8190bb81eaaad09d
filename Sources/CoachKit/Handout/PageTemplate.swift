import Mustache

/// A page of the HTML handout (`prompts/handout*.html`) compiled once and rendered by appending bytes, with the
/// same output as Mustache's HTML rendering, byte for byte.
///
/// It reads the Mustache the handout's templates use: `{{name}}` (escaped as Mustache escapes HTML), `{{{name}}}`
/// (raw), sections and inverted sections, comments, names looked up through the enclosing scopes, and Mustache's
/// rule that a line holding only a section tag or a comment disappears whole. A template that uses anything else
/// (partials, set delimiters, dotted names, `{{&name}}`, transforms) is rendered by Mustache itself, so a
/// facilitator's restyled template always renders.
struct PageTemplate: Sendable {
    private enum Compiled: Sendable {
        case parts([Part])
        /// Outside the subset read here.
        case mustache(MustacheTemplate)
    }

    indirect enum Part: Sendable {
        case text([UInt8])
        case value(String, escaped: Bool)
        case section(String, inverted: Bool, [Part])
    }

    private let compiled: Compiled
    /// Roughly how many bytes a rendering takes, to reserve them at once.
    private let expectedSize: Int

    /// The template `source`; throws Mustache's error when it does not compile.
    init(source: String) throws {
        expectedSize = source.utf8.count * 2
        if let parts = PageTemplateParser.parts(of: source) {
            compiled = .parts(parts)
        } else {
            compiled = .mustache(try MustacheTemplate(string: source))
        }
    }

    /// Whether the template renders without Mustache (for tests).
    var isCompiled: Bool {
        if case .parts = compiled { return true }
        return false
    }

    /// The template rendered with `scope` as its outermost scope.
    func render(_ scope: PageScope) -> String {
        switch compiled {
        case .mustache(let template):
            return template.render(scope.mustacheValue)
        case .parts(let parts):
            var output: [UInt8] = []
            output.reserveCapacity(expectedSize)
            var stack = [scope]
            Self.render(parts, &stack, into: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func render(_ parts: [Part], _ stack: inout [PageScope], into output: inout [UInt8]) {
        for part in parts {
            switch part {
            case .text(let text):
                output.append(contentsOf: text)
            case .value(let name, let escaped):
                guard let value = lookUp(name, in: stack) else { continue }
                if escaped {
                    HTMLEscaping.append(value.shown, to: &output)
                } else {
                    var text = value.shown
                    text.withUTF8 { output.append(contentsOf: $0) }
                }
            case .section(let name, let inverted, let inner):
                switch (lookUp(name, in: stack), inverted) {
                case (nil, true), (.text, false):
                    render(inner, &stack, into: &output)
                case (.flag(let flag), _):
                    if flag != inverted { render(inner, &stack, into: &output) }
                case (.list(let scopes), false):
                    for scope in scopes {
                        stack.append(scope)
                        render(inner, &stack, into: &output)
                        stack.removeLast()
                    }
                case (.list(let scopes), true):
                    if scopes.isEmpty { render(inner, &stack, into: &output) }
                case (.scope(let scope), false):
                    stack.append(scope)
                    render(inner, &stack, into: &output)
                    stack.removeLast()
                case (nil, false), (.text, true), (.scope, true):
                    break
                }
            }
        }
    }

    /// The value of `name` in the innermost scope that has one.
    private static func lookUp(_ name: String, in stack: [PageScope]) -> PageValue? {
        for scope in stack.reversed() {
            if let value = scope[name] { return value }
        }
        return nil
    }
}
