import Foundation

/// Reading and inspecting the files of the sessions folder without ever following a symbolic link, so a link
/// planted there (to a file elsewhere, or to a device) is refused rather than read or written through.
enum PlainFile {
    /// The status of the entry at `path` itself, or `nil` when there is none; refuses a link and anything but a
    /// regular file.
    static func status(_ path: String) throws(StoreError) -> stat? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw .readFailed(path: path, reason: reason(errno))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return status
        case S_IFLNK: throw .symbolicLink(path: path)
        default: throw .notPlainFile(path: path)
        }
    }

    /// Whether there is an entry at `path`, of any kind (a dangling link too).
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The bytes of a regular file and the version they are; `nil` when there is no file.
    static func read(_ path: String) throws(StoreError) -> (data: Data, version: FileVersion)? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return nil
            case ELOOP: throw .symbolicLink(path: path)
            default: throw .readFailed(path: path, reason: reason(errno))
            }
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .readFailed(path: path, reason: reason(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notPlainFile(path: path) }
        var data = Data()
        data.reserveCapacity(Int(status.st_size))  // one allocation for the whole file, not one per doubling
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, reason: reason(errno))
            }
            data.append(contentsOf: buffer[..<count])
        }
        return (data, FileVersion(status, bytes: data))
    }

    /// The system's words for an error number ("Permission denied").
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
