import Foundation
import OKRKit

/// The session commands: `/new`, `/open`, `/sessions`, `/rename`, `/delete`, `/save`.
extension Coach {
    /// `/new NAME`: creates a session and opens it; `startDraft` begins the guided draft in it.
    func newSession(_ argument: String, startDraft: Bool = true) -> Outcome {
        let name: SessionName
        do { name = try SessionName(argument) } catch { return Outcome([.error(describe(.invalidName(argument, error)))]) }
        guard !store.exists(name) else { return Outcome([.error(describe(.alreadyExists(name.value)))]) }
        do throws(StoreError) {
            let lock = try store.lock(name)
            let fresh: SessionStore.Loaded
            do { fresh = try store.create(name, at: now()) } catch {
                if !store.exists(name) { lock.removeFile() }
                throw error
            }
            begin(OpenSession(name: name, loaded: fresh, lock: lock))
            let created = Reply.success(book.text(ShellPrompt.sessionCreated, [
                "session": name.value, "path": store.url(for: name).path,
            ]))
            guard startDraft else { return Outcome([created]) }
            var outcome = change { draft.start(&$0) }
            outcome.replies.insert(created, at: 0)
            return outcome
        } catch {
            return failure(error)
        }
    }

    /// Opens a session for writing, or read-only when another okr-coach holds it.
    public func openSession(_ argument: String) -> Outcome {
        let name: SessionName
        do { name = try SessionName(argument) } catch { return Outcome([.error(describe(.invalidName(argument, error)))]) }
        if let open = current, open.name == name, !open.isReadOnly {
            return Outcome([.say(book.text(ShellPrompt.alreadyOpen, ["session": name.value]))])
        }
        // The session open now stays open until the other one is opened: a mistyped name loses nothing.
        var lock: SessionLock?
        var holder: Int32?
        do {
            lock = try store.lockExisting(name)
        } catch .locked(_, let pid) {
            holder = pid ?? 0
        } catch {
            return Outcome([.error(describe(error))])
        }
        do {
            var loaded = try store.loadVersion(name)
            // A question left pointing at something deleted (by hand, in the file) is not asked; the file keeps
            // it until the next change is saved.
            if let step = loaded.session.draft, step.place(in: loaded.session.objectives) == nil { loaded.session.draft = nil }
            if let step = loaded.session.walk, !step.isAsked(in: loaded.session) { loaded.session.walk = nil }
            begin(OpenSession(name: name, loaded: loaded, lock: lock))
        } catch {
            return Outcome([.error(describe(error))])
        }
        let counts = [
            "session": name.value, "objectives": book.count(current?.session.objectives.count ?? 0, .objective),
            "keyResults": book.count(current?.session.keyResultCount ?? 0, .keyResult),
        ]
        guard let holder else {
            var replies: [Reply] = [.success(book.text(ShellPrompt.sessionOpened, counts))]
            if let session = current?.session {
                replies += dueNotice(in: session)
                let question = pendingQuestion(in: session)
                if !question.isEmpty { replies += [.say(book.text(CoachPrompt.resumed, ["session": session.name]))] + question }
            }
            return Outcome(replies)
        }
        return Outcome([
            .warning(describe(.locked(name: name.value, pid: holder == 0 ? nil : holder))),
            .success(book.text(ShellPrompt.sessionOpenedReadOnly, counts)),
        ])
    }

    /// Every saved session with its size and last save, unreadable files with their problem.
    public func listSessions() -> Outcome {
        let summaries: [SessionStore.Summary]
        do { summaries = try store.list() } catch { return Outcome([.error(describe(error))]) }
        guard !summaries.isEmpty else { return Outcome([.say(book.text(ShellPrompt.sessionsEmpty))]) }
        let rows = summaries.map { summary -> Reply.Row in
            let isOpen = current?.name.spells(summary.name) ?? false
            let marker = isOpen ? book.text(ShellPrompt.sessionsCurrentMarker) : ""
            switch summary.session {
            case .success(let session):
                return Reply.Row(summary.name + marker, book.text(ShellPrompt.sessionsEntry, [
                    "objectives": book.count(session.objectives.count, .objective),
                    "keyResults": book.count(session.keyResultCount, .keyResult),
                    "updated": String(Timestamp.format(session.updatedAt).prefix(10)),
                ]))
            case .failure(let error):
                return Reply.Row(summary.name, describe(error))
            }
        }
        return Outcome([.say(book.text(ShellPrompt.sessionsHeader, ["count": "\(summaries.count)"])), .rows(rows)])
    }

    func renameSession(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        guard !open.isReadOnly else { return Outcome([.error(describe(.readOnly(name: open.session.name)))]) }
        let newName: SessionName
        do { newName = try SessionName(argument) } catch {
            return Outcome([.error(describe(.invalidName(argument, error)))])
        }
        guard !store.exists(newName) else { return Outcome([.error(describe(.alreadyExists(newName.value)))]) }
        do throws(StoreError) {
            let newLock = try store.lock(newName)
            var renamed = touched(open.session)
            let saved: SessionStore.Saved
            do { saved = try store.rename(open.name, to: newName, session: renamed, expected: open.version) } catch {
                if !store.exists(newName) { newLock.removeFile() }
                throw error
            }
            renamed.name = newName.value
            var reopened = OpenSession(
                name: newName, loaded: SessionStore.Loaded(session: renamed, version: saved.version), lock: newLock)
            // The same set under a new name: its history and focus carry over.
            (reopened.history, reopened.focusID) = (open.history, open.focusID)
            current = reopened
            let notices = saved.keptCopy.map { [externalEditWarning(open.name, copy: $0, savedAs: newName)] } ?? []
            return Outcome([.success(book.text(ShellPrompt.renamed, [
                "old": open.name.value, "session": newName.value,
            ]))] + notices)
        } catch {
            return failure(error)
        }
    }

    /// `/delete REF` removes an objective or key result of the open session; `/delete NAME` a whole session.
    func delete(_ argument: String) -> Outcome {
        if let open = current, let ref = Reference.parse(argument, current: open.focus) {
            guard ref.exists(in: open.session.objectives) else { return Outcome([.error(noSuchReference(argument))]) }
            return deleteItem(ref)
        }
        return deleteSession(argument)
    }

    func deleteSession(_ argument: String) -> Outcome {
        let name: SessionName
        do { name = try SessionName(argument) } catch { return Outcome([.error(describe(.invalidName(argument, error)))]) }
        guard store.exists(name) else { return Outcome([.error(notFound(name.value))]) }
        pending = .deletion(name)
        return Outcome([.warning(book.text(ShellPrompt.deleteConfirm, ["session": name.value]))])
    }

    func confirmDeletion(of name: SessionName, answer: String) -> Outcome {
        guard ["yes", "y"].contains(answer.lowercased()) else {
            return Outcome([.say(book.text(ShellPrompt.deleteCancelled, ["session": name.value]))])
        }
        do {
            // Hold the lock while deleting, so a session open elsewhere is never removed under it.
            let isOpen = current?.name == name
            let lock = isOpen ? current?.lock : try store.lockExisting(name)
            guard lock != nil else { throw StoreError.readOnly(name: name.value) }
            try store.delete(name)
            if isOpen { begin(nil) }
            return Outcome([.success(book.text(ShellPrompt.deleted, ["session": name.value]))])
        } catch let error as StoreError {
            return failure(error)
        } catch {
            return Outcome([.error("\(error)")])
        }
    }

    func saveSession() -> Outcome {
        guard var open = current else { return noSessionOpen }
        guard !open.isReadOnly else { return Outcome([.error(describe(.readOnly(name: open.session.name)))]) }
        let session = touched(open.session)
        let notices: [Reply]
        do { notices = try persist(session, in: &open) } catch { return error.outcome }
        open.session = session
        current = open
        let path = store.url(for: open.name).path
        return Outcome([.success(book.text(ShellPrompt.saved, ["session": open.name.value, "path": path]))] + notices)
    }

    /// The session with its change time set to now.
    func touched(_ session: Session) -> Session {
        var session = session
        session.updatedAt = now()
        return session
    }

    func notFound(_ name: String) -> String {
        let limit = max(2, name.count / 3)
        let nearest = EditDistance.closest(to: name, among: store.names().map(\.value), within: limit, spellings: { [$0] })?.candidate
        return book.text(ShellPrompt.errorNotFound, ["session": name, "suggestion": nearest ?? ""])
    }
}
