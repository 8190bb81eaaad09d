import OKRKit

/// Where a session file's top-level `"objectives"` array and each of its elements are, found by one scan of the
/// bytes without building any value, so a big file's objectives can be decoded on all cores.
///
/// The scan only follows JSON's nesting and strings; it does not validate. `nil` whenever the file is not an object
/// with exactly one plainly spelled `"objectives"` array: the caller then decodes the file whole, which also
/// explains any error.
struct ObjectiveSpans {
    /// The array, from `[` to `]` inclusive.
    let array: Range<Int>
    /// Each element, without the commas and whitespace around it.
    let elements: [Range<Int>]

    /// The spans of a file big enough, with objectives enough, to be worth reading on all cores; `nil` otherwise.
    static func worthSplitting(_ bytes: UnsafeRawBufferPointer) -> ObjectiveSpans? {
        guard bytes.count >= 64 * 1024, let spans = ObjectiveSpans(bytes), spans.elements.count >= ChunkedMap.threshold
        else { return nil }
        return spans
    }

    init?(_ bytes: UnsafeRawBufferPointer) {
        var scanner = Scanner(bytes: bytes)
        var found: (array: Range<Int>, elements: [Range<Int>])?
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        scanner.skipSpace()
        if scanner.take(UInt8(ascii: "}")) { return nil }
        while true {
            guard let key = scanner.string() else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            // A key spelled with escapes could be "objectives" too: leave such files to the whole decoder.
            if bytes[key].contains(UInt8(ascii: "\\")) { return nil }
            if bytes[key].elementsEqual("objectives".utf8) {
                guard found == nil, let array = scanner.array() else { return nil }
                found = array
            } else {
                guard scanner.skipValue() else { return nil }
            }
            scanner.skipSpace()
            if scanner.take(UInt8(ascii: "}")) { break }
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
            scanner.skipSpace()
        }
        guard let found else { return nil }
        array = found.array
        elements = found.elements
    }

    /// A cursor over the bytes.
    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 {
                at += 1
            }
        }

        /// Steps over `byte` if it is next.
        mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// Steps over a string; the range of its contents, between the quotes.
        mutating func string() -> Range<Int>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "\""):
                    at += 1
                    return start..<(at - 1)
                case UInt8(ascii: "\\"): at += 2
                default: at += 1
                }
            }
            return nil
        }

        /// Steps over an array; its range and the range of each element.
        mutating func array() -> (Range<Int>, [Range<Int>])? {
            let start = at
            guard take(UInt8(ascii: "[")) else { return nil }
            var elements: [Range<Int>] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return (start..<at, elements) }
            while true {
                let element = at
                guard skipValue() else { return nil }
                elements.append(element..<at)
                skipSpace()
                if take(UInt8(ascii: "]")) { return (start..<at, elements) }
                guard take(UInt8(ascii: ",")) else { return nil }
                skipSpace()
            }
        }

        /// Steps over any value: a string, an object or array with everything in it, or a number or literal.
        mutating func skipValue() -> Bool {
            guard at < bytes.count else { return false }
            switch bytes[at] {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while at < bytes.count {
                    switch bytes[at] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            at += 1
                            return true
                        }
                    default: break
                    }
                    at += 1
                }
                return false
            default:
                let start = at
                while at < bytes.count, !",}] \n\r\t".utf8.contains(bytes[at]) { at += 1 }
                return at > start
            }
        }
    }
}
