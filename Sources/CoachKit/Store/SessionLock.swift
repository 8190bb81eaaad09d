import Foundation

/// An advisory lock that marks a session as open in one okr-coach process.
///
/// The lock is an `flock` on a hidden file beside the session (`.NAME.json.lock`) holding the owner's pid.
/// The kernel drops it when the process ends, however it ends, so a crash never leaves a session stuck.
public final class SessionLock: Sendable {
    public let url: URL
    private let descriptor: Int32

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    /// Takes the lock, or throws `.locked` naming the process that holds it.
    ///
    /// The lock file is opened without following a symbolic link and must be a regular file with no other name, so
    /// a link or hard link planted at its path never lets the pid written into it land in another file.
    static func acquire(at url: URL, name: String) throws(StoreError) -> SessionLock {
        let fd = open(url.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP { throw .symbolicLink(path: url.path) }
            throw .io(path: url.path, reason: PlainFile.reason(errno))
        }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1 else {
            close(fd)
            throw .notPlainFile(path: url.path)
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = readPID(fd)
            close(fd)
            throw .locked(name: name, pid: holder)
        }
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return SessionLock(url: url, descriptor: fd)
    }

    /// Removes the lock file while still holding the lock: for a session that turned out not to exist.
    func removeFile() {
        unlink(url.path)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
