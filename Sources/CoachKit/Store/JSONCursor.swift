import OKRKit

/// A strict, one-pass reader of JSON's pieces over a file's bytes, for `SessionReader`.
///
/// Every read returns `nil` on anything it does not take for certain (a syntax error, an escaped key, a number
/// longer than 40 characters or beyond what a `Double` holds, text that is not UTF-8), and the caller gives the
/// file to Foundation's decoder, which reads what it can and explains what it cannot. So this reader only needs to
/// agree with that decoder on what it accepts, never on why it refuses.
struct JSONCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether only whitespace is left.
    mutating func atEnd() -> Bool {
        skipSpace()
        return at == bytes.count
    }

    /// Reads an object whose keys are all among `keys`, each at most once, handing each member's index in `keys`
    /// to `member`, which reads its value; `false` for anything else.
    mutating func object(keys: [StaticString], _ member: (inout JSONCursor, Int) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        var seen: UInt64 = 0
        repeat {
            guard let index = key(among: keys), seen & (1 << index) == 0, take(UInt8(ascii: ":")) else { return false }
            seen |= 1 << index
            guard member(&self, index) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads an array, handing each element to `element`; `false` when it is not one or an element fails.
    mutating func array(_ element: (inout JSONCursor) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// Steps over `span` when the next value starts there (after any whitespace): a value read elsewhere.
    mutating func skip(_ span: Range<Int>) -> Bool {
        skipSpace()
        guard at == span.lowerBound, span.upperBound <= bytes.count else { return false }
        at = span.upperBound
        return true
    }

    /// Reads `null` as `.some(nil)` or a value with `read`, as `decodeIfPresent` does; `nil` when neither is there.
    mutating func optional<Value>(_ read: (inout JSONCursor) -> Value?) -> Value?? {
        if literal("null") { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// A string, its escapes decoded.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            at += 1
        }
        var decoded = Array(bytes[start..<at])
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"): guard escape(into: &decoded) else { return nil }
            case 0..<0x20: return nil
            default: decoded.append(byte)
            }
        }
        return nil
    }

    /// A number that converts exactly as Foundation's decoder converts it (correctly rounded), from at most 40
    /// characters; `nil` for one that overflows to infinity or underflows to zero, which that decoder refuses.
    mutating func double() -> Double? {
        guard let (text, isInteger) = number() else { return nil }
        if isInteger, text.count <= 16, let whole = wholeNumber(text) {
            return whole == 0 && bytes[text.lowerBound] == UInt8(ascii: "-") ? -0.0 : Double(whole)
        }
        guard text.count <= 40, let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self)),
            value.isFinite
        else { return nil }
        if value == 0 {
            let mantissa = bytes[text].prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            return mantissa.allSatisfy { $0 < UInt8(ascii: "1") || $0 > UInt8(ascii: "9") } ? value : nil
        }
        return value
    }

    /// A whole number written without a fraction or exponent, of at most 18 digits.
    mutating func int() -> Int? {
        guard let (text, isInteger) = number(), isInteger, text.count <= 19 else { return nil }
        return wholeNumber(text)
    }

    // MARK: Pieces

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 {
            at += 1
        }
    }

    /// Steps over `byte`, after any whitespace, if it is next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let spelled = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count - at >= spelled.count, bytes[at..<(at + spelled.count)].elementsEqual(spelled) else { return false }
        at += spelled.count
        return true
    }

    /// A key spelled without escapes, as its index in `keys`.
    private mutating func key(among keys: [StaticString]) -> Int? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") { at += 1 }
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
        let name = bytes[start..<at]
        at += 1
        return keys.firstIndex { key in
            key.utf8CodeUnitCount == name.count
                && name.elementsEqual(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        }
    }

    /// Decodes the escape after a backslash onto `decoded`; `false` for one JSON does not have, or half of a
    /// surrogate pair.
    private mutating func escape(into decoded: inout [UInt8]) -> Bool {
        guard at < bytes.count else { return false }
        let letter = bytes[at]
        at += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hexUnit() else { return false }
            var scalar = Unicode.Scalar(unit)
            if (0xD800..<0xDC00).contains(unit), bytes.count - at >= 2, bytes[at] == UInt8(ascii: "\\"),
                bytes[at + 1] == UInt8(ascii: "u")
            {
                at += 2
                guard let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return false }
                scalar = Unicode.Scalar(0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00))
            }
            guard let scalar else { return false }
            UTF8.encode(scalar) { decoded.append($0) }
        default: return false
        }
        return true
    }

    /// The four hex digits of a `\u` escape.
    private mutating func hexUnit() -> UInt16? {
        guard bytes.count - at >= 4 else { return nil }
        var unit: UInt16 = 0
        for byte in bytes[at..<(at + 4)] {
            guard let digit = Identifier.hexValue(byte) else { return nil }
            unit = unit << 4 | UInt16(digit)
        }
        at += 4
        return unit
    }

    /// The range of a number spelled as JSON spells one, and whether it is whole (no fraction or exponent).
    private mutating func number() -> (Range<Int>, Bool)? {
        skipSpace()
        let start = at
        func digits() -> Int {
            let first = at
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
            return at - first
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        let integerStart = at
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
        var isInteger = true
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { return nil }
            isInteger = false
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { return nil }
            isInteger = false
        }
        return (start..<at, isInteger)
    }

    /// The value of `-?digits` of at most 18 digits.
    private func wholeNumber(_ text: Range<Int>) -> Int? {
        let negative = bytes[text.lowerBound] == UInt8(ascii: "-")
        let digits = bytes[(negative ? text.lowerBound + 1 : text.lowerBound)..<text.upperBound]
        guard digits.count <= 18 else { return nil }
        let magnitude = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return negative ? -magnitude : magnitude
    }
}
