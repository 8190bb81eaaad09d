/// Builds a string scalar by scalar as UTF-8 bytes: several times cheaper than appending to a
/// `String.UnicodeScalarView`, which the lexer and the word splitter do for every letter of every sentence.
struct TextBuilder {
    private var bytes: [UInt8] = []

    /// An empty builder with room for `capacity` bytes.
    init(capacity: Int = 16) { bytes.reserveCapacity(capacity) }

    /// Whether nothing has been appended.
    var isEmpty: Bool { bytes.isEmpty }

    /// The text built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends one scalar.
    @inline(__always) mutating func append(_ c: Unicode.Scalar) {
        if c.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: c.value))
        } else {
            UTF8.encode(c) { bytes.append($0) }
        }
    }

    /// Appends a scalar lowercased: ASCII by arithmetic, anything else by its Unicode lowercase mapping.
    @inline(__always) mutating func appendLowercased(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v + 32 : v))
        } else if c.properties.changesWhenLowercased {
            bytes.append(contentsOf: c.properties.lowercaseMapping.utf8)
        } else {
            UTF8.encode(c) { bytes.append($0) }
        }
    }

    /// Empties the builder, keeping its storage for the next text.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}
