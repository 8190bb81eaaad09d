/// Who answers for an objective or key result, written at the end of its line: "(owner: Ana Lopez)" or "@Ana".
///
/// `@` takes one word that starts with a capital letter and follows a space, so an e-mail address ("ops@acme.io"),
/// a handle inside the sentence ("Reply to @support tickets within 2h") or a lower-case handle at its end
/// ("Route pages to @oncall") stays part of the text. A name with spaces is written `(owner: Ana Lopez)`.
public enum OwnerTag {
    /// Splits "Raise NPS to 60 (owner: Ana)" or "Raise NPS to 60 @Ana" into the text and the owner; the whole line,
    /// trimmed, and `nil` when it ends with neither. A group whose ")" is escaped ("\)") is text.
    public static func split(_ line: String) -> (text: String, owner: String?) {
        let body = line.trimmingSpaces()
        let found = body.utf8.last == UInt8(ascii: ")") ? grouped(body) : handle(body)
        return found ?? (body, nil)
    }

    /// A key result's owner and confidence tags at the end of its line, in either order, each at most once:
    /// "Raise NPS to 60 @Ana (confidence 6/10)".
    public static func splitWithConfidence(_ line: String) -> (text: String, confidence: Double?, owner: String?) {
        var (text, owner) = split(line)
        var confidence: Double?
        (text, confidence) = ConfidenceTag.split(text)
        if owner == nil, confidence != nil { (text, owner) = split(text) }
        return (text, confidence, owner)
    }

    /// "(owner: NAME)" at the end: the last "(owner:" of the line, when the name after it is non-empty and its own
    /// parentheses pair up ("(owner: Ana (PM))").
    private static func grouped(_ body: String) -> (text: String, owner: String?)? {
        let bytes = Array(body.utf8)
        let marker = Array("(owner:".utf8)
        guard bytes.count > marker.count, bytes[bytes.count - 2] != UInt8(ascii: "\\") else { return nil }
        var start = bytes.count - marker.count - 1
        while start >= 0 {
            if bytes[start] == marker[0], zip(bytes[(start + 1)...], marker.dropFirst()).allSatisfy({ lowered($0) == $1 }) {
                break
            }
            start -= 1
        }
        guard start >= 0 else { return nil }
        let nameBytes = bytes[(start + marker.count)..<(bytes.count - 1)]
        var depth = 0
        for byte in nameBytes {
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth -= 1 }
            if depth < 0 { return nil }
        }
        let name = OutlineEscapes.unescape(String(decoding: nameBytes, as: UTF8.self).trimmingSpaces())
        guard depth == 0, !name.isEmpty else { return nil }
        return (String(decoding: bytes[..<start], as: UTF8.self).trimmingSpaces(), name)
    }

    /// "@Name" at the end, after a space: one word of letters, digits, "-", "_", "." or "'" that starts with a
    /// capital letter and does not end with ".".
    private static func handle(_ body: String) -> (text: String, owner: String?)? {
        guard let at = handleStart(body) else { return nil }
        return (String(body[..<at]).trimmingSpaces(), String(body[body.index(after: at)...]))
    }

    /// Where a trailing "@Name" starts in `text`, if it ends with one; the writer escapes that "@".
    static func handleStart(_ text: String) -> String.Index? {
        // Most lines hold no "@": a byte scan answers them without walking characters.
        guard text.containsUTF8(UInt8(ascii: "@")), let at = text.lastIndex(of: "@"), at > text.startIndex, text[text.index(before: at)].isWhitespace else {
            return nil
        }
        let word = text[text.index(after: at)...]
        guard let first = word.first, first.isLetter, first.isUppercase, word.last != ".",
            word.allSatisfy({ $0.isLetter || $0.isNumber || "-_.'".contains($0) })
        else { return nil }
        return at
    }

    /// An ASCII capital letter lowered; any other byte as it is.
    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
