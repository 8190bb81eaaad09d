import Foundation
import OKRKit

/// Sessions as JSON files under `sessions/`: listed, loaded, saved atomically with a `.bak` of the previous
/// version, renamed, deleted and locked.
///
/// The file name is a session's identity: loading takes the name from it (the name inside is informational) and
/// every save goes to the file named. A file that cannot be read is never written over: loading it throws, and
/// saving only ever replaces a file this store wrote or created. Nothing is read or written through a symbolic link.
public struct SessionStore: Sendable {
    public let directory: DataDirectory
    private let writer: AtomicFile

    /// A store over `directory`; `writer` is replaceable so tests can simulate a crash mid-save.
    public init(directory: DataDirectory, writer: AtomicFile = AtomicFile()) {
        self.directory = directory
        self.writer = writer
    }

    /// What `/sessions` shows for one file.
    public struct Summary: Equatable, Sendable {
        /// The file's name without `.json`, as it is spelled on disk.
        public var name: String
        /// The session, or why it could not be read.
        public var session: Result<Session, StoreError>
    }

    /// A session read from its file, with the version of the file it came from.
    public struct Loaded: Sendable {
        public var session: Session
        public var version: FileVersion
        /// The format version the file was written in, when older than this build's: its first save keeps it as
        /// `NAME.json.vN.bak`.
        public var olderFormat: Int?
    }

    /// What a save did.
    public struct Saved: Equatable, Sendable {
        /// The version now on disk: what the next save expects to find.
        public var version: FileVersion
        /// When another program had changed the file since the version expected: the session its version was
        /// kept as, beside the file.
        public var keptCopy: SessionName?
    }

    /// The file of a session.
    public func url(for name: SessionName) -> URL { directory.sessions.appendingPathComponent(name.fileName) }

    /// The previous version, kept beside the file.
    public func backupURL(for name: SessionName) -> URL { url(for: name).appendingPathExtension("bak") }

    /// Whether a session file exists (readable or not, a link too).
    public func exists(_ name: SessionName) -> Bool { PlainFile.exists(url(for: name).path) }

    /// Every session file, sorted by name; unreadable files are listed with their problem, and so is a file whose
    /// name is not spelled as okr-coach spells names (it is never read as another session). Throws `.readFailed`
    /// when the folder exists but cannot be listed: that is not the same as having no sessions.
    public func list() throws(StoreError) -> [Summary] {
        try fileNames().compactMap { base in
            guard let name = try? SessionName(base) else { return nil }
            guard name.spells(base) else {
                let file = directory.sessions.appendingPathComponent(base + ".json").path
                return Summary(name: base, session: .failure(.nonCanonicalName(file: file)))
            }
            return Summary(name: base, session: Result { () throws(StoreError) in try load(name) })
        }
    }

    /// The names of the saved sessions, sorted, without reading the files (for completion and suggestions); none
    /// when the folder cannot be listed.
    public func names() -> [SessionName] {
        ((try? fileNames()) ?? []).compactMap { base in (try? SessionName(base)).flatMap { $0.spells(base) ? $0 : nil } }
    }

    /// The names of the `.json` files under `sessions/`, without the extension, sorted; none when the folder does
    /// not exist yet, `.readFailed` when it cannot be listed.
    private func fileNames() throws(StoreError) -> [String] {
        let path = directory.sessions.path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let files: [String]
        do { files = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw .readFailed(path: path, reason: FileErrorReason.of(error))
        }
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".json".count)) }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// The session saved most recently, judged by the files' modification times (no file is read).
    public func latest() -> SessionName? {
        names().max { modified($0) < modified($1) }
    }

    private func modified(_ name: SessionName) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url(for: name).path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }

    /// Reads a session; throws `.notFound`, `.unreadable` or `.newerVersion` and never touches the file.
    public func load(_ name: SessionName) throws(StoreError) -> Session { try loadVersion(name).session }

    /// Reads a session and the version of its file, for saves to check against.
    public func loadVersion(_ name: SessionName) throws(StoreError) -> Loaded {
        let file = url(for: name)
        guard let (data, version) = try PlainFile.read(file.path) else { throw missing(name) }
        let backup = backupURL(for: name)
        var (session, format) = try SessionCoding.decodeNoting(
            data, file: file.path, backup: PlainFile.exists(backup.path) ? backup.path : nil)
        session.name = name.value
        return Loaded(session: session, version: version, olderFormat: format < Session.currentSchemaVersion ? format : nil)
    }

    /// Writes a new, empty session; refuses a name that is taken.
    public func create(_ name: SessionName, at date: Date, cycle: Cycle? = nil) throws(StoreError) -> Loaded {
        guard !exists(name) else { throw .alreadyExists(name.value) }
        let session = Session(name: name.value, createdAt: date, cycle: cycle)
        return Loaded(session: session, version: try save(session, as: name).version)
    }

    /// Saves `session` as the session `name` (the name it holds is replaced by `name`), atomically, keeping the
    /// version it replaces as `NAME.json.bak`; `upgrading` names the older format the file holds, whose copy is
    /// kept as `NAME.json.vN.bak` (once: a later upgrade never replaces it).
    ///
    /// `expected` is the version this process last loaded or saved. When the file holds another, a program
    /// changed it behind this one's back: that version is kept as a session of its own (`keptCopy`), then this
    /// one is saved.
    @discardableResult
    public func save(
        _ session: Session, as name: SessionName, expected: FileVersion? = nil, upgrading: Int? = nil
    ) throws(StoreError) -> Saved {
        let file = url(for: name)
        var session = session
        session.name = name.value
        do {
            try AtomicFile.makeDirectory(directory.sessions)
            let data = try SessionCoding.encode(session)
            let kept = try keepChangedVersion(of: name, expected: expected)
            // The backup is taken only once the new version is safely written, so a save that fails (a full disk,
            // a size limit) changes no file.
            let version = try writer.write(data, to: file) {
                guard try PlainFile.status(file.path) != nil else { return }
                try keepBackup(of: name)
                if let upgrading { try keepFormatCopy(of: name, format: upgrading) }
            }
            return Saved(version: version, keptCopy: kept)
        } catch let error as StoreError {
            throw error
        } catch let error as AtomicFile.WriteError {
            throw .saveFailed(session: name.value, path: error.path, code: error.code)
        } catch {
            throw .io(path: file.path, reason: "\(error)")
        }
    }

    /// Renames a session's file (and its backup); the old name stops existing. Another program's change to the old
    /// file since `expected` is kept, as in `save`.
    public func rename(
        _ old: SessionName, to new: SessionName, session: Session, expected: FileVersion? = nil
    ) throws(StoreError) -> Saved {
        guard !exists(new) else { throw .alreadyExists(new.value) }
        let kept = try keepChangedVersion(of: old, expected: expected)
        var saved = try save(session, as: new)
        try remove(old)
        saved.keptCopy = kept
        return saved
    }

    /// Deletes a session, its backup and its lock file.
    public func delete(_ name: SessionName) throws(StoreError) {
        guard exists(name) else { throw .notFound(name.value) }
        try remove(name)
    }

    /// Marks a session as open in this process; throws `.locked` when another process has it.
    public func lock(_ name: SessionName) throws(StoreError) -> SessionLock {
        do { try AtomicFile.makeDirectory(directory.sessions) } catch let error as AtomicFile.WriteError {
            throw .io(path: error.path, reason: error.reason)
        } catch {
            throw .io(path: directory.sessions.path, reason: "\(error)")
        }
        return try SessionLock.acquire(at: lockURL(for: name), name: name.value)
    }

    /// Marks a saved session as open in this process and removes what interrupted saves left of it. Throws
    /// `.notFound`, leaving no lock file, when there is no such session, and `.locked` when another process has it.
    public func lockExisting(_ name: SessionName) throws(StoreError) -> SessionLock {
        guard exists(name) else { throw missing(name) }
        let lock = try lock(name)
        guard exists(name) else {
            lock.removeFile()
            throw missing(name)
        }
        removeStaleTemporaryFiles(of: name)
        return lock
    }

    /// Why there is no file for `name`: none at all, or one spelled another way (decomposed, say), which is never
    /// opened in its place.
    private func missing(_ name: SessionName) -> StoreError {
        let files = (try? fileNames()) ?? []
        guard let twin = files.first(where: { (try? SessionName($0)) == name && !name.spells($0) }) else {
            return .notFound(name.value)
        }
        return .nonCanonicalName(file: directory.sessions.appendingPathComponent(twin + ".json").path)
    }

    private func lockURL(for name: SessionName) -> URL {
        directory.sessions.appendingPathComponent(".\(name.fileName).lock")
    }

    /// Removes a session's files; the caller holds its lock.
    private func remove(_ name: SessionName) throws(StoreError) {
        let formatCopies = (1..<Session.currentSchemaVersion).map { formatCopyURL(for: name, format: $0) }
        for file in [url(for: name), backupURL(for: name), lockURL(for: name)] + formatCopies where PlainFile.exists(file.path) {
            guard unlink(file.path) == 0 else { throw .io(path: file.path, reason: PlainFile.reason(errno)) }
        }
        AtomicFile.syncDirectory(directory.sessions.path)
    }

    /// Hard-links the current file to its backup through a temporary name, so the swap is atomic too. A backup
    /// that is a link or not a plain file is refused; failures name the session's file.
    private func keepBackup(of name: SessionName) throws {
        let file = url(for: name).path, backup = backupURL(for: name).path
        _ = try PlainFile.status(backup)
        let temporary = backup + ".tmp"
        unlink(temporary)
        guard link(file, temporary) == 0, Foundation.rename(temporary, backup) == 0 else {
            let code = errno
            unlink(temporary)
            throw AtomicFile.WriteError(path: file, code: code)
        }
    }

    /// The copy of a file written in an older format, kept when it is first saved in this one.
    public func formatCopyURL(for name: SessionName, format: Int) -> URL {
        url(for: name).appendingPathExtension("v\(format).bak")
    }

    /// Hard-links the file, written in `format`, to its format copy, unless one is kept already.
    private func keepFormatCopy(of name: SessionName, format: Int) throws {
        let copy = formatCopyURL(for: name, format: format).path
        guard try PlainFile.status(copy) == nil else { return }
        guard link(url(for: name).path, copy) == 0 else { throw AtomicFile.WriteError(path: copy, code: errno) }
    }

    /// When the file is not the version expected, links it under a new session name, `NAME-edited-YYYYMMDD-HHMMSS`
    /// (UTC, the time it was changed), and returns that name; `nil` when it is unchanged or absent. A file whose
    /// metadata changed but whose bytes did not (a `touch`, a sync tool rewriting it) is unchanged.
    private func keepChangedVersion(of name: SessionName, expected: FileVersion?) throws(StoreError) -> SessionName? {
        let path = url(for: name).path
        guard let expected, let status = try PlainFile.status(path), !expected.isStill(status) else { return nil }
        guard let (_, found) = try PlainFile.read(path), found.digest != expected.digest else { return nil }
        // Named after when it was changed; a time no save could have (before 1970, or ahead of this clock) gives
        // way to now, so the name still says something true.
        let changed = Date(timeIntervalSince1970: Double(found.seconds) + Double(found.nanoseconds) / 1e9)
        let now = Date()
        let stamp = Timestamp.format((0...now.timeIntervalSince1970 + 86_400).contains(changed.timeIntervalSince1970) ? changed : now)
            .prefix(19).filter(\.isNumber)
        var attempt = 1
        while true {
            let suffix = "-edited-\(stamp.prefix(8))-\(stamp.suffix(6))" + (attempt == 1 ? "" : "-\(attempt)")
            var base = Substring(name.value)
            while base.count + suffix.count > SessionName.maximumLength
                || base.utf8.count + suffix.utf8.count > SessionName.maximumBytes
            {
                base = base.dropLast()
            }
            let copy: SessionName
            do { copy = try SessionName(base + suffix) } catch { throw .invalidName(base + suffix, error) }
            if link(url(for: name).path, url(for: copy).path) == 0 {
                AtomicFile.syncDirectory(directory.sessions.path)
                return copy
            }
            guard errno == EEXIST else { throw .io(path: url(for: copy).path, reason: PlainFile.reason(errno)) }
            attempt += 1
        }
    }

    /// Deletes the temporary files interrupted saves of a session left (`.NAME.json.PID.RANDOM.tmp` and
    /// `NAME.json.bak.tmp`); only regular files, only that session's. The caller holds its lock, so no save of it
    /// is under way.
    private func removeStaleTemporaryFiles(of name: SessionName) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.sessions.path)) ?? []
        let prefix = ".\(name.fileName).", backup = "\(name.fileName).bak.tmp"
        for file in files {
            let stale: Bool
            if backup.utf8.elementsEqual(file.utf8) {
                stale = true
            } else if file.utf8.starts(with: prefix.utf8), file.hasSuffix(".tmp") {
                let middle = file.utf8.dropFirst(prefix.utf8.count).dropLast(".tmp".utf8.count)
                let parts = middle.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
                stale = parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (48...57).contains($0) } }
            } else {
                stale = false
            }
            let path = directory.sessions.appendingPathComponent(file).path
            if stale, (try? PlainFile.status(path)) != nil { unlink(path) }
        }
    }
}
