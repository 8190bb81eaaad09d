import OKRKit

/// Finds the string escapes JSON's parser refuses without saying where: a `\u` without four hex digits, and half
/// of a surrogate pair on its own ("\ud800" with no "\udc00" after it).
enum JSONEscapes {
    /// The byte offset of the first such escape (its backslash) and what is wrong with it; `nil` when there is none.
    static func firstInvalid(in bytes: some Collection<UInt8>) -> (offset: Int, problem: String)? {
        let bytes = Array(bytes)
        var inString = false
        var at = 0
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                inString.toggle()
            } else if inString, byte == UInt8(ascii: "\\") {
                if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "u") {
                    if let problem = problem(at: at, in: bytes) { return (at, problem) }
                    at += 6
                    continue
                }
                at += 1
            }
            at += 1
        }
        return nil
    }

    /// What is wrong with the `\u` escape at `at`, if anything.
    private static func problem(at: Int, in bytes: [UInt8]) -> String? {
        guard let unit = codeUnit(at: at, in: bytes) else {
            return "\\u must be followed by four hex digits"
        }
        let shown = "\\u" + String(decoding: bytes[(at + 2)..<(at + 6)], as: UTF8.self)
        switch unit {
        case 0xD800...0xDBFF:
            guard let next = codeUnit(at: at + 6, in: bytes), (0xDC00...0xDFFF).contains(next) else {
                return "\(shown) is the first half of a surrogate pair, but the second half does not follow"
            }
            return nil
        case 0xDC00...0xDFFF:
            return "\(shown) is the second half of a surrogate pair, but the first half is not before it"
        default:
            return nil
        }
    }

    /// The value of a `\uXXXX` escape starting at `at`.
    private static func codeUnit(at: Int, in bytes: [UInt8]) -> UInt16? {
        guard at + 6 <= bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else {
            return nil
        }
        var value: UInt16 = 0
        for byte in bytes[(at + 2)..<(at + 6)] {
            guard let digit = Identifier.hexValue(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
