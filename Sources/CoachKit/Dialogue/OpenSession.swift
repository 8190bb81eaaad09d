import Foundation
import OKRKit

extension Coach {
    /// A session and how this process holds it.
    public struct OpenSession {
        /// The session's identity: the file it was opened from, the only file it is saved to.
        public let name: SessionName
        public var session: Session
        /// Held while the session is open for writing; `nil` when opened read-only.
        let lock: SessionLock?
        /// The version of the file last loaded or saved, so a change made by another program is noticed.
        var version: FileVersion
        /// The older format the file is in until its first save, which keeps a copy of it.
        var olderFormat: Int?
        /// Earlier states for `/undo` and states undone for `/redo`.
        var history = UndoHistory()
        /// The objective "KR2" and `/kr` refer to, the one last added or touched, by id: deleting or moving another
        /// objective, or undoing, leaves it where it is.
        var focusID: UUID?

        init(name: SessionName, loaded: SessionStore.Loaded, lock: SessionLock?) {
            self.name = name
            self.session = loaded.session
            self.lock = lock
            self.version = loaded.version
            olderFormat = loaded.olderFormat
            focusID = session.objectives.last?.id
        }

        /// The position of the objective in focus; the last one when it is gone (an undo took it away).
        var focus: Int? {
            get {
                guard let focusID else { return nil }
                return session.objectives.firstIndex { $0.id == focusID } ?? session.objectives.indices.last
            }
            set { focusID = newValue.flatMap { session.objectives.indices.contains($0) ? session.objectives[$0].id : nil } }
        }

        public var isReadOnly: Bool { lock == nil }
    }
}
