import Foundation

/// One version of a file on disk: its device, inode, size and modification time, and a digest of its bytes.
///
/// Another program that saves the file, in place or by replacing it, changes at least one of the first four; the
/// digest tells a real change from a `touch` or a tool that rewrote the same bytes.
public struct FileVersion: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let seconds: Int
    let nanoseconds: Int
    /// FNV-1a of the file's bytes.
    let digest: UInt64

    /// The version of a file with `status` and these bytes.
    init(_ status: stat, bytes: Data) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        seconds = Int(status.st_mtim.tv_sec)
        nanoseconds = Int(status.st_mtim.tv_nsec)
        digest = FileVersion.digest(bytes)
    }

    /// Whether a file with `status` is this version by its metadata alone (no byte read).
    func isStill(_ status: stat) -> Bool {
        device == UInt64(status.st_dev) && inode == UInt64(status.st_ino) && size == Int64(status.st_size)
            && seconds == Int(status.st_mtim.tv_sec) && nanoseconds == Int(status.st_mtim.tv_nsec)
    }

    /// FNV-1a over `bytes` taken eight at a time (then the last few one by one): well under a millisecond for a
    /// megabyte-sized session, which is hashed at every save and every load. Any one changed byte changes it.
    static func digest(_ bytes: Data) -> UInt64 {
        bytes.withUnsafeBytes { buffer in
            let prime: UInt64 = 0x0000_0100_0000_01B3
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var offset = 0
            while offset + 8 <= buffer.count {
                hash = (hash ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
                offset += 8
            }
            for byte in buffer[offset...] {
                hash = (hash ^ UInt64(byte)) &* prime
            }
            return hash
        }
    }
}
