import Foundation
import Synchronization

/// Fresh random (version 4) UUIDs for objectives, key results and sessions, without a system call each.
///
/// Foundation's `UUID()` reads `/dev/urandom` every time on Linux, which made reading an outline of 10,000 key
/// results spend more time opening that file than reading the sentences. Ids only need to be unique, not secret:
/// a SplitMix64 stream seeded once per process from the system generator gives that.
public enum Identifier {
    private static let generator = Mutex(SplitMix64(seed: UInt64.random(in: .min ... .max)))

    /// A new random UUID.
    public static func make() -> UUID {
        let (high, low) = generator.withLock { generator in (generator.next(), generator.next()) }
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * index))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (8 * index))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// The UUID a text spells ("3A94B58C-5CB2-4AF7-8E06-5B781A8ED435", either case), as `UUID(uuidString:)` reads
    /// it: read by its bytes, since Foundation parses with `sscanf`, which was a sixth of loading a big session.
    public static func parse(_ text: String) -> UUID? {
        var text = text
        let bytes = text.withUTF8 { utf8 -> [UInt8]? in
            guard utf8.count == 36 else { return nil }
            var bytes = [UInt8](repeating: 0, count: 16)
            var nibble = 0
            for (offset, character) in utf8.enumerated() {
                if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                    guard character == UInt8(ascii: "-") else { return nil }
                    continue
                }
                guard let value = hexValue(character) else { return nil }
                bytes[nibble / 2] |= nibble % 2 == 0 ? value << 4 : value
                nibble += 1
            }
            return bytes
        }
        guard let bytes else { return UUID(uuidString: text) }
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// The value of one hex digit, either case (`A` and `a` are 10); `nil` for any other byte.
    public static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a UUID written as text, as `UUID`'s own decoding does (same error), parsed by `Identifier.parse`.
    public func decodeIdentifier(forKey key: Key) throws -> UUID {
        guard let id = Identifier.parse(try decode(String.self, forKey: key)) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "Attempted to decode UUID from invalid UUID string.")
        }
        return id
    }
}
