/// Byte-level text helpers the readers share: most OKR text is ASCII, and Character-level scans cost far more.
extension StringProtocol {
    /// The text without leading or trailing whitespace.
    func trimmingSpaces() -> String {
        // Most lines are ASCII at both ends: trim bytes, as long as the text kept starts and ends on a plain letter.
        let isSpace = { (b: UInt8) in b == 32 || (b >= 9 && b <= 13) }
        let text = Substring(self)
        let bytes = text.utf8
        // Already trimmed (the usual case): the same text, without copying it.
        if let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80, !isSpace(first), !isSpace(last) {
            return String(self)
        }
        if let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }),
            bytes[first] < 0x80, bytes[last] < 0x80
        {
            return String(text[first...last])
        } else if !bytes.contains(where: { !isSpace($0) }) {
            return ""
        }
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }

    /// Whether the text holds `word` (lower-case ASCII) in any ASCII case: a cheap test before a closer look.
    func containsIgnoringASCIICase(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let head = needle.first else { return true }
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] | 0x20 == head {
                var k = 1
                while k < needle.count, bytes[start + k] | 0x20 == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}

extension String {
    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
