import Foundation
import OKRKit

/// Sessions as JSON files under `sessions/`: listed, loaded, saved atomically with a `.bak` of the previous
/// version, renamed, deleted and locked.
///
/// A file that cannot be read is never written over: loading it throws, and saving only ever replaces a
/// file this store wrote or created.
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
        public var name: String
        /// The session, or why it could not be read.
        public var session: Result<Session, StoreError>
    }

    /// The file of a session.
    public func url(for name: SessionName) -> URL { directory.sessions.appendingPathComponent(name.fileName) }

    /// The previous version, kept beside the file.
    public func backupURL(for name: SessionName) -> URL { url(for: name).appendingPathExtension("bak") }

    /// Whether a session file exists (readable or not).
    public func exists(_ name: SessionName) -> Bool { FileManager.default.fileExists(atPath: url(for: name).path) }

    /// Every session file, sorted by name; unreadable files are listed with their problem.
    public func list() -> [Summary] {
        names().map { name in Summary(name: name.value, session: Result { () throws(StoreError) in try load(name) }) }
    }

    /// The names of the saved sessions, sorted, without reading the files (for completion and suggestions).
    public func names() -> [SessionName] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.sessions.path)) ?? []
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".json".count)) }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .compactMap { try? SessionName($0) }
    }

    /// The session saved most recently, judged by the files' modification times (no file is read).
    public func latest() -> SessionName? {
        names().max { modified($0) < modified($1) }
    }

    private func modified(_ name: SessionName) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url(for: name).path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }

    /// Reads a session; throws `.notFound`, `.unreadable` or `.newerVersion` and never touches the file. The session
    /// is named after its file, whatever name the file holds, so its saves go back to that file and no other.
    public func load(_ name: SessionName) throws(StoreError) -> Session {
        let file = url(for: name)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            if !FileManager.default.fileExists(atPath: file.path) { throw .notFound(name.value) }
            throw .io(path: file.path, reason: error.localizedDescription)
        }
        let backup = backupURL(for: name)
        var session = try SessionCoding.decode(
            data, file: file.path,
            backup: FileManager.default.fileExists(atPath: backup.path) ? backup.path : nil)
        session.name = name.value
        return session
    }

    /// Writes a new, empty session; refuses a name that is taken.
    public func create(_ name: SessionName, at date: Date, cycle: Cycle? = nil) throws(StoreError) -> Session {
        guard !exists(name) else { throw .alreadyExists(name.value) }
        let session = Session(name: name.value, createdAt: date, cycle: cycle)
        try save(session)
        return session
    }

    /// Saves atomically, keeping the version it replaces as `NAME.json.bak`. The backup is taken only once the
    /// new version is safely written, so a save that fails (a full disk, a size limit) changes no file.
    public func save(_ session: Session) throws(StoreError) {
        let name: SessionName
        do { name = try SessionName(session.name) } catch { throw .invalidName(session.name, error) }
        let file = url(for: name)
        do {
            try AtomicFile.makeDirectory(directory.sessions)
            let data = try SessionCoding.encode(session)
            try writer.write(data, to: file) {
                if FileManager.default.fileExists(atPath: file.path) { try keepBackup(of: file, as: backupURL(for: name)) }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as AtomicFile.WriteError {
            throw .saveFailed(session: name.value, path: error.path, code: error.code)
        } catch {
            throw .io(path: file.path, reason: "\(error)")
        }
    }

    /// Renames a session's file (and its backup); the old name stops existing.
    public func rename(_ old: SessionName, to new: SessionName, session: Session) throws(StoreError) -> Session {
        guard !exists(new) else { throw .alreadyExists(new.value) }
        var renamed = session
        renamed.name = new.value
        try save(renamed)
        try remove(old)
        return renamed
    }

    /// Deletes a session, its backup and its lock file.
    public func delete(_ name: SessionName) throws(StoreError) {
        guard exists(name) else { throw .notFound(name.value) }
        try remove(name)
    }

    /// Marks a session as open in this process; throws `.locked` when another process has it.
    public func lock(_ name: SessionName) throws(StoreError) -> SessionLock {
        do { try AtomicFile.makeDirectory(directory.sessions) } catch {
            throw .io(path: directory.sessions.path, reason: "\(error)")
        }
        return try SessionLock.acquire(at: lockURL(for: name), name: name.value)
    }

    private func lockURL(for name: SessionName) -> URL {
        directory.sessions.appendingPathComponent(".\(name.fileName).lock")
    }

    /// Removes a session's files; the caller holds its lock.
    private func remove(_ name: SessionName) throws(StoreError) {
        for file in [url(for: name), backupURL(for: name), lockURL(for: name)] where FileManager.default.fileExists(atPath: file.path) {
            guard unlink(file.path) == 0 else { throw .io(path: file.path, reason: String(cString: strerror(errno))) }
        }
        AtomicFile.syncDirectory(directory.sessions.path)
    }

    /// Hard-links the current file to `backup` through a temporary name, so the swap is atomic too.
    private func keepBackup(of file: URL, as backup: URL) throws {
        let source = file.path, target = backup.path, temporary = backup.path + ".tmp"
        unlink(temporary)
        guard link(source, temporary) == 0, Foundation.rename(temporary, target) == 0 else {
            throw AtomicFile.WriteError(path: target)
        }
    }
}
