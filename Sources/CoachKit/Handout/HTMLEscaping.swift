/// HTML escaping exactly as Mustache's: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and
/// `&#39;`, compared as characters, so one that a combining mark joins (`<` followed by U+0338) stays as written.
enum HTMLEscaping {
    /// Appends `text`'s UTF-8, escaped.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        let done = text.withUTF8 { bytes in
            var special = false
            var ascii = true
            for byte in bytes {
                if byte >= 0x80 { ascii = false } else if replacement(byte) != nil { special = true }
            }
            guard special else {
                output.append(contentsOf: bytes)
                return true
            }
            guard ascii else { return false }
            for byte in bytes { append(byte, to: &output) }
            return true
        }
        guard !done else { return }
        for character in text {
            if character.utf8.count == 1, let byte = character.asciiValue {
                append(byte, to: &output)
            } else {
                output.append(contentsOf: character.utf8)
            }
        }
    }

    private static func append(_ byte: UInt8, to output: inout [UInt8]) {
        if let replacement = replacement(byte) {
            output.append(contentsOf: replacement)
        } else {
            output.append(byte)
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    private static func replacement(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quote
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }
}
