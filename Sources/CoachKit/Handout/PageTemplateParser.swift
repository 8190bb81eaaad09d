/// Parses a page template (`PageTemplate`) into parts, step for step as Mustache's parser reads the same subset,
/// so that the text between tags, and the whitespace and line breaks that standalone tags remove, come out the same.
/// Mustache reads characters, this reads bytes: a template where a brace or space shares its character with another
/// (a combining mark after `{`), or with an unusual line break (a lone CR, U+2028), is left to Mustache.
struct PageTemplateParser {
    typealias Part = PageTemplate.Part

    private let bytes: [UInt8]
    private var position = 0

    private init(_ source: String) { bytes = Array(source.utf8) }

    /// The parts of `source`, or `nil` when it uses something outside the subset or does not compile (then
    /// Mustache renders it, or says why it does not compile).
    static func parts(of source: String) -> [Part]? {
        guard source.allSatisfy(readsAsBytes) else { return nil }
        var parser = PageTemplateParser(source)
        return parser.parse(section: nil, startsLine: true)
    }

    /// Whether a character reads the same as its bytes: a line break is LF or CR LF, and a brace, space or tab is
    /// a character of its own.
    private static func readsAsBytes(_ character: Character) -> Bool {
        if character.isNewline { return character == "\n" || character == "\r\n" }
        let scalars = character.unicodeScalars
        return scalars.count == 1 || !scalars.contains { $0 == "{" || $0 == "}" || $0 == " " || $0 == "\t" }
    }

    /// The parts up to the end of `section` (its closing tag read) or of the template, as Mustache's
    /// `parse(_:state:)`: `newLine` says whether only spaces have been read on this line since a line break or a
    /// standalone tag, `whiteSpaceBefore` holds those spaces until a tag or text shows where they go.
    private mutating func parse(section: String?, startsLine: Bool) -> [Part]? {
        var parts: [Part] = []
        var newLine = startsLine
        var whiteSpaceBefore: [UInt8] = []
        while position < bytes.count {
            if newLine { whiteSpaceBefore = readSpaces() }
            guard let (text, atTag) = readText() else { return nil }
            if let length = lineBreak(at: position) {
                parts.append(.text(whiteSpaceBefore + text + bytes[position..<(position + length)]))
                position += length
                newLine = true
                continue
            }
            if !text.isEmpty {
                parts.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = []
                newLine = false
            }
            guard atTag, position < bytes.count else { break }
            /// Adds the spaces before a tag that stays on its line.
            func keepSpaces() {
                guard !whiteSpaceBefore.isEmpty else { return }
                parts.append(.text(whiteSpaceBefore))
                whiteSpaceBefore = []
            }
            var setNewLine = false
            let sigil = bytes[position]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                guard let name = readName() else { return nil }
                if isStandalone(newLine) { setNewLine = true } else { keepSpaces() }
                guard let inner = parse(section: name, startsLine: setNewLine) else { return nil }
                parts.append(.section(name, inverted: sigil == UInt8(ascii: "^"), inner))
            case UInt8(ascii: "/"):
                position += 1
                guard let name = readName(), name == section else { return nil }
                if !isStandalone(newLine) { keepSpaces() }
                return parts
            case UInt8(ascii: "!"):
                guard let end = find(UInt8(ascii: "}"), from: position + 1) else { return nil }
                position = end + 2
                setNewLine = isStandalone(newLine)
            case UInt8(ascii: "{"):
                keepSpaces()
                position += 1
                guard let name = readName(), position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    return nil
                }
                position += 1
                parts.append(.value(name, escaped: false))
            default:
                keepSpaces()
                guard let name = readName() else { return nil }
                parts.append(.value(name, escaped: true))
            }
            newLine = setNewLine
        }
        return section == nil ? Self.merged(parts) : nil
    }

    /// Spaces and tabs from here.
    private mutating func readSpaces() -> [UInt8] {
        let start = position
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    /// Text up to a line break (not read) or a tag's `{{` (read: `atTag`), or to the end; `nil` where Mustache
    /// fails (a `{` that ends the template) or reads on differently (a tag that starts with a line break).
    private mutating func readText() -> (text: [UInt8], atTag: Bool)? {
        let start = position
        while position < bytes.count, lineBreak(at: position) == nil {
            if bytes[position] == UInt8(ascii: "{") {
                guard position + 1 < bytes.count else { return nil }
                if bytes[position + 1] == UInt8(ascii: "{") {
                    let text = Array(bytes[start..<position])
                    position += 2
                    guard position == bytes.count || Self.startsTag(bytes[position]) else { return nil }
                    return (text, true)
                }
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    /// A tag's name and closing braces, with spaces around the name; `nil` for an empty name or one outside the
    /// subset (dotted, with transforms).
    private mutating func readName() -> String? {
        _ = readSpaces()
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        let name = bytes[start..<position]
        _ = readSpaces()
        guard !name.isEmpty, position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"),
            bytes[position + 1] == UInt8(ascii: "}")
        else { return nil }
        position += 2
        return String(decoding: name, as: UTF8.self)
    }

    /// Whether a section or comment tag just read stands alone on its line (only spaces before and after it); if so,
    /// the rest of the line and its break are read.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        guard position < bytes.count else { return true }
        var end = position
        while end < bytes.count, Self.isSpace(bytes[end]) { end += 1 }
        guard let length = lineBreak(at: end) else { return false }
        position = end + length
        return true
    }

    /// The length of the line break (LF or CR LF) at `index`, if one is there.
    private func lineBreak(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\n") { return 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
            return 2
        }
        return nil
    }

    /// Where `brace` twice next starts at or after `from`.
    private func find(_ brace: UInt8, from: Int) -> Int? {
        var index = from
        while index + 1 < bytes.count {
            if bytes[index] == brace, bytes[index + 1] == brace { return index }
            index += 1
        }
        return nil
    }

    /// Adjacent texts joined, so that rendering appends one run of bytes for them.
    private static func merged(_ parts: [Part]) -> [Part] {
        var merged: [Part] = []
        for part in parts {
            switch (part, merged.last) {
            case (.text(let text), .text(let before)?): merged[merged.count - 1] = .text(before + text)
            case (.text(let text), _) where text.isEmpty: break
            case (.section(let name, let inverted, let inner), _):
                merged.append(.section(name, inverted: inverted, Self.merged(inner)))
            default: merged.append(part)
            }
        }
        return merged
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// Whether a byte after `{{` starts a tag of the subset: a sigil it reads, a space or a name.
    private static func startsTag(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "{"): true
        default: isSpace(byte) || isNameByte(byte)
        }
    }
}
