/// A value a page template (`PageTemplate`) shows: text, a flag, a list of scopes or a scope, as Mustache reads a
/// `String`, a `Bool`, an array of dictionaries or a dictionary.
indirect enum PageValue: Sendable {
    /// Shown escaped by `{{name}}`, raw by `{{{name}}}`; a section on it always shows, as Mustache shows one on a
    /// string.
    case text(String)
    /// A section shows when it is true, an inverted one when it is false.
    case flag(Bool)
    /// A section shows once per scope, with that scope on top; an inverted one shows when it is empty.
    case list([PageScope])
    /// A section shows once with the scope on top.
    case scope(PageScope)

    /// The text, or `false` without one (so that a name the page lacks is not looked up in an enclosing scope).
    init(_ text: String?) { self = text.map(PageValue.text) ?? .flag(false) }

    /// The value as Mustache takes it (`String`, `Bool`, `[[String: Any]]`, `[String: Any]`).
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let scopes): scopes.map(\.mustacheValue)
        case .scope(let scope): scope.mustacheValue
        }
    }

    /// What `{{name}}` shows before escaping, as Mustache describes the value.
    var shown: String {
        if case .text(let text) = self { return text }
        return String(describing: mustacheValue)
    }
}

/// Named values a page template looks names up in, as a short list: a scope holds a handful, and comparing a few
/// names is cheaper than hashing them. Written like a dictionary: `["name": .text(name), "team": .flag(false)]`.
struct PageScope: ExpressibleByDictionaryLiteral, Sendable {
    private var pairs: [(name: String, value: PageValue)]

    init(dictionaryLiteral elements: (String, PageValue)...) { pairs = elements.map { (name: $0, value: $1) } }

    /// The value named `name`; setting one replaces the value of that name.
    subscript(name: String) -> PageValue? {
        get {
            for pair in pairs where pair.name == name { return pair.value }
            return nil
        }
        set {
            pairs.removeAll { $0.name == name }
            if let newValue { pairs.append((name, newValue)) }
        }
    }

    /// The scope as Mustache takes it: a dictionary.
    var mustacheValue: [String: Any] {
        Dictionary(pairs.map { ($0.name, $0.value.mustacheValue) }, uniquingKeysWith: { first, _ in first })
    }
}
