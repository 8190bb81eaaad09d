import Foundation

/// Byte-level text helpers the readers share: most OKR text is ASCII, and Character-level scans cost far more.
extension StringProtocol {
    /// The text without leading or trailing whitespace, in time proportional to what is trimmed for ASCII ends
    /// (Foundation's `trimmingCharacters(in:)` copies the whole text through UTF-16 first).
    public func trimmingSpaces() -> String {
        // Most lines are ASCII at both ends: trim bytes, as long as the text kept starts and ends on a plain
        // character (a space before a combining mark, or a Unicode space, needs the character-wise path below).
        if let byBytes = trimmingASCII({ $0 == 32 || ($0 >= 9 && $0 <= 13) }) { return byBytes }
        // By scalars, not characters: a space with a combining mark on it is one character, and trimming it whole
        // would silently drop the mark (" \u{301}team" would become "team").
        let scalars = unicodeScalars
        let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
        let end = scalars.lastIndex { !$0.properties.isWhitespace }.map { scalars.index(after: $0) } ?? start
        guard start < end else { return "" }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[start..<end])
        return String(kept)
    }

    /// The text without leading or trailing spaces and tabs: what `trimmingCharacters(in: .whitespaces)` gives
    /// (newlines stay), by bytes when both kept ends are ASCII, else by Foundation (a non-ASCII end may be a
    /// Unicode space, such as a no-break space, that is trimmed too).
    func trimmingSpacesAndTabs() -> String {
        trimmingASCII({ $0 == 32 || $0 == 9 }) ?? trimmingCharacters(in: .whitespaces)
    }

    /// The text with the ASCII bytes `isTrimmed` accepts cut from both ends, by bytes; `nil` when a kept end is not
    /// ASCII (or the bytes are not contiguous), for the caller to trim by scalars.
    private func trimmingASCII(_ isTrimmed: (UInt8) -> Bool) -> String? {
        let byBytes = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var start = 0, end = bytes.count
            while start < end, isTrimmed(bytes[start]) { start += 1 }
            while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
            if start == end { return "" }
            guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
            // Already trimmed (the usual case): the same text, without copying a string.
            if start == 0, end == bytes.count, let same = self as? String { return same }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return byBytes ?? nil
    }

    /// Whether the text's UTF-8 holds `byte`, scanned over its contiguous bytes when it has them (the generic scan
    /// of a UTF-8 view costs several times more).
    func containsUTF8(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// Whether the text's UTF-8 holds `needle`'s, next to each other: a literal search, without Foundation.
    func containsUTF8(_ needle: String) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(bytes: needle.utf8) } ?? utf8.contains(bytes: needle.utf8)
    }

    /// Whether the text starts with a number ("7", "½"), told by the first byte when it is ASCII.
    var startsWithNumber: Bool {
        guard let byte = utf8.first else { return false }
        if byte < 0x80 { return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return first?.isNumber == true
    }

    /// Whether the text holds `word` (lower-case ASCII) in any ASCII case: a cheap test before a closer look.
    func containsIgnoringASCIICase(_ word: String) -> Bool {
        func search(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let head = needle.first else { return true }
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] | 0x20 == head {
                var k = 1
                while k < needle.count, bytes[start + k] | 0x20 == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
        // Literal words and native text lend their bytes; anything else is copied first.
        return word.utf8.withContiguousStorageIfAvailable { needle in
            utf8.withContiguousStorageIfAvailable { search($0, needle) } ?? Array(utf8).withUnsafeBufferPointer { search($0, needle) }
        } ?? Array(word.utf8).withUnsafeBufferPointer { needle in Array(utf8).withUnsafeBufferPointer { search($0, needle) } }
    }
}

extension Collection<UInt8> {
    /// Whether `needle`'s bytes appear here next to each other, in order: a literal search, without Foundation.
    func contains(bytes needle: some Collection<UInt8>) -> Bool {
        guard let head = needle.first else { return true }
        var rest = self[...]
        while let start = rest.firstIndex(of: head) {
            if rest[start...].starts(with: needle) { return true }
            rest = rest[index(after: start)...]
        }
        return false
    }
}

extension String {
    /// `lowercased().split(whereSeparator:)` on the ASCII characters `isSeparator` accepts, by bytes when the text
    /// is ASCII.
    func lowercasedPieces(separatedBy isSeparator: (UInt8) -> Bool) -> [String] {
        let isASCII = utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
        if isASCII, let pieces = utf8.withContiguousStorageIfAvailable({ Self.lowercasedPieces($0, isSeparator) }) {
            return pieces
        }
        return lowercased().split { character in
            character.utf8.count == 1 && character.utf8.first.map(isSeparator) == true
        }.map(String.init)
    }

    /// The lower-cased runs of ASCII `bytes` between separators, each copied once into a string of its own.
    private static func lowercasedPieces(_ bytes: UnsafeBufferPointer<UInt8>, _ isSeparator: (UInt8) -> Bool) -> [String] {
        var pieces: [String] = []
        var start = 0
        while start < bytes.count {
            guard !isSeparator(bytes[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < bytes.count, !isSeparator(bytes[end]) { end += 1 }
            pieces.append(String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end { buffer[k - start] = bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] | 0x20 : bytes[k] }
                return end - start
            })
            start = end
        }
        return pieces
    }

    /// Where `needle` first occurs in this text in any ASCII case, when both are ASCII: what Foundation's
    /// case-insensitive `range(of:)` finds in ASCII text, without bridging the text to UTF-16. `nil` when either is
    /// not ASCII, to be asked of Foundation.
    func asciiRangeIgnoringCase(of needle: String) -> Range<Index>?? {
        let bytes = Array(utf8), pattern = Array(needle.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }), pattern.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lower = { (byte: UInt8) in byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return .some(nil) }
        for start in 0...(bytes.count - pattern.count)
        where pattern.indices.allSatisfy({ lower(bytes[start + $0]) == lower(pattern[$0]) }) {
            return utf8.index(startIndex, offsetBy: start)..<utf8.index(startIndex, offsetBy: start + pattern.count)
        }
        return .some(nil)
    }

    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
