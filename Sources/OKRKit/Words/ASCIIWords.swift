/// Plain ASCII text split into lower-cased words by its bytes: Character properties cost more than the reading
/// itself, and most text typed into OKRs is ASCII. Each caller says which bytes belong to a word.
enum ASCIIWords {
    /// The lower-cased runs of `text`'s bytes that `isWordByte` accepts; `text` must be ASCII.
    static func lowercased(_ text: some StringProtocol, isWordByte: (UInt8) -> Bool) -> [String] {
        if let words = text.utf8.withContiguousStorageIfAvailable({ split($0, isWordByte: isWordByte) }) { return words }
        return Array(text.utf8).withUnsafeBufferPointer { split($0, isWordByte: isWordByte) }
    }

    /// The words of `bytes` in one pass: each run is copied once, lower-cased on the way, into a string of its own.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, isWordByte: (UInt8) -> Bool) -> [String] {
        var words: [String] = []
        words.reserveCapacity(bytes.count / 5 + 1)
        var start = 0
        let count = bytes.count
        while start < count {
            guard isWordByte(bytes[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < count, isWordByte(bytes[end]) { end += 1 }
            words.append(String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end {
                    let byte = bytes[k]
                    buffer[k - start] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return end - start
            })
            start = end
        }
        return words
    }

    /// Whether a byte is an ASCII letter or digit.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
