/// Why the session store could not do what was asked. Rendered for people by `ShellPrompt` keys.
public enum StoreError: Error, Equatable, Sendable {
    /// The name cannot be a session name.
    case invalidName(String, SessionName.Problem)
    case notFound(String)
    case alreadyExists(String)
    /// The file exists but cannot be read as a session; it is left untouched.
    case unreadable(file: String, problem: String, backup: String?)
    /// The file was written by a newer okr-coach.
    case newerVersion(file: String, found: Int, supported: Int)
    /// A file in the sessions folder whose name is not spelled as okr-coach spells names (not NFC, or with spaces
    /// at the ends), so it could pass for another session; it is never opened under another name.
    case nonCanonicalName(file: String)
    /// A session, backup or lock path is a symbolic link; nothing is read or written through it.
    case symbolicLink(path: String)
    /// A session, backup or lock path is not a plain file of its own (a directory, a device, a hard link).
    case notPlainFile(path: String)
    /// Another okr-coach process holds the session.
    case locked(name: String, pid: Int32?)
    /// The session was opened read-only, so it cannot be changed.
    case readOnly(name: String)
    /// The operating system refused a read.
    case readFailed(path: String, reason: String)
    /// The operating system refused a write.
    case io(path: String, reason: String)
    /// Saving a session failed (`code` is the system's `errno`: `ENOSPC`, `EFBIG`, `EACCES`…); the temporary file
    /// was removed and the session's files on disk are as they were.
    case saveFailed(session: String, path: String, code: Int32)
}

extension StoreError {
    /// Whether a write was refused (by the disk, or because a link or another kind of file stood in the way), so
    /// the change it carried was not made.
    var isSaveFailure: Bool {
        switch self {
        case .saveFailed, .io, .symbolicLink, .notPlainFile: true
        default: false
        }
    }
}
