import OKRKit

extension SessionStore {
    /// Saves `session` as a new session `name`, holding its lock: throws `.alreadyExists` (writing nothing) when a
    /// session of that name exists, and leaves no lock file behind when the save fails.
    public func saveNew(_ session: Session, as name: SessionName) throws(StoreError) {
        guard !exists(name) else { throw .alreadyExists(name.value) }
        let lock = try lock(name)
        // Another program may have made the session meanwhile: it is never written over.
        guard !exists(name) else { throw .alreadyExists(name.value) }
        do { try save(session, as: name) } catch {
            if !exists(name) { lock.removeFile() }
            throw error
        }
    }
}
