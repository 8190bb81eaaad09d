import Foundation
import Synchronization

/// Fresh random (version 4) UUIDs for objectives, key results and sessions, without a system call each.
///
/// Foundation's `UUID()` reads `/dev/urandom` every time on Linux, which made reading an outline of 10,000 key
/// results spend more time opening that file than reading the sentences. Ids only need to be unique, not secret:
/// a SplitMix64 stream seeded once per process from the system generator gives that.
public enum Identifier {
    private static let state = Mutex<UInt64>(UInt64.random(in: .min ... .max))

    /// A new random UUID.
    public static func make() -> UUID {
        let (high, low) = state.withLock { state in (next(&state), next(&state)) }
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

    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
