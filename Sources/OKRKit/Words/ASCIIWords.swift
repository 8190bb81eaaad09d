/// Plain ASCII text split into lower-cased words by its bytes: Character properties cost more than the reading
/// itself, and most text typed into OKRs is ASCII. Each caller says which bytes belong to a word.
enum ASCIIWords {
    /// The lower-cased runs of `text`'s bytes that `isWordByte` accepts; `text` must be ASCII.
    static func lowercased(_ text: some StringProtocol, isWordByte: (UInt8) -> Bool) -> [String] {
        text.utf8.split { !isWordByte($0) }.map { word in
            String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }

    /// Whether a byte is an ASCII letter or digit.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
