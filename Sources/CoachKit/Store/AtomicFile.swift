import Foundation

/// Writes files so that a crash at any instant leaves either the old or the new content, whole.
///
/// The bytes go to a temporary file in the same directory, which is flushed to disk, renamed over the
/// target, and then the directory itself is flushed so the rename survives a power loss. A write that fails
/// (a full disk, a size limit, no permission) removes its temporary file and leaves the target as it was.
public struct AtomicFile: Sendable {
    /// A failed write: the path and the system's error number.
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        /// The `errno` the system gave, such as `ENOSPC` or `EFBIG`.
        public let code: Int32

        /// A failure of `path`; `code` defaults to the current `errno`, so build `path` before the failing call.
        public init(path: String, code: Int32 = errno) {
            self.path = path
            self.code = code
        }

        /// The system's words for `code`.
        public var reason: String { PlainFile.reason(code) }
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Runs after the temporary file is complete and before the rename; tests use it to simulate a crash there.
    var beforeRename: @Sendable () throws -> Void

    /// A writer; `beforeRename` is for tests.
    public init(beforeRename: @escaping @Sendable () throws -> Void = {}) {
        self.beforeRename = beforeRename
    }

    /// Replaces `url` with `data`, creating the file with `permissions` (0600 by default); returns the version
    /// written.
    ///
    /// `beforeReplacing` runs once the new content is safely on disk, just before it replaces the old file:
    /// the session store keeps its backup there, so a write that fails leaves the backup alone too.
    @discardableResult
    public func write(
        _ data: Data, to url: URL, permissions: mode_t = 0o600, beforeReplacing: () throws -> Void = {}
    ) throws -> FileVersion {
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        func failure(_ code: Int32 = errno) -> WriteError { WriteError(path: url.path, code: code) }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw failure() }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        let version: FileVersion
        do {
            try data.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(fd, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw failure()
                    }
                    offset += written
                }
            }
            var status = stat()
            guard fsync(fd) == 0, fstat(fd, &status) == 0 else { throw failure() }
            version = FileVersion(status, bytes: data)
            closed = true
            guard close(fd) == 0 else { throw failure() }
            try beforeRename()
            try beforeReplacing()
            guard rename(temporary, url.path) == 0 else { throw failure() }
        } catch {
            unlink(temporary)
            throw error
        }
        AtomicFile.syncDirectory(directory)
        return version
    }

    /// Flushes a directory's entries (a rename or a new file) to disk; best effort.
    public static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Creates a directory and its parents with the given permissions (0700 by default).
    public static func makeDirectory(_ url: URL, permissions: mode_t = 0o700) throws {
        let path = url.standardizedFileURL.path
        func isDirectory() -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if isDirectory() { return }
        let parent = url.standardizedFileURL.deletingLastPathComponent()
        if parent.path != path { try makeDirectory(parent, permissions: permissions) }
        if mkdir(path, permissions) == 0 { return }
        let code = errno
        // Another process may have made it meanwhile; anything else in its place is an error.
        if code == EEXIST, isDirectory() { return }
        throw WriteError(path: path, code: code == EEXIST ? ENOTDIR : code)
    }
}
