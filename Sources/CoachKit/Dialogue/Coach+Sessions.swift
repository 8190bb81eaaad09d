import Foundation
import OKRKit

/// The session commands: `/new`, `/open`, `/sessions`, `/rename`, `/delete`, `/save`.
extension Coach {
    func newSession(_ argument: String) -> Outcome {
        let name: SessionName
        do { name = try SessionName(argument) } catch { return Outcome([.error(describe(.invalidName(argument, error)))]) }
        guard !store.exists(name) else { return Outcome([.error(describe(.alreadyExists(name.value)))]) }
        do {
            let lock = try store.lock(name)
            let session = try store.create(name, at: now())
            current = OpenSession(session: session, lock: lock)
            lastFindings = []
            let created = Reply.success(book.text(ShellPrompt.sessionCreated, [
                "session": name.value, "path": store.url(for: name).path,
            ]))
            return Outcome([created] + startGuide())
        } catch {
            return Outcome([.error(describe(error))])
        }
    }

    /// Opens a session for writing, or read-only when another okr-coach holds it.
    public func openSession(_ argument: String) -> Outcome {
        let name: SessionName
        do { name = try SessionName(argument) } catch { return Outcome([.error(describe(.invalidName(argument, error)))]) }
        if current?.session.name == name.value, current?.isReadOnly == false {
            return Outcome([.say(book.text(ShellPrompt.alreadyOpen, ["session": name.value]))])
        }
        current = nil
        var lock: SessionLock?
        var holder: Int32?
        do {
            lock = try store.lock(name)
        } catch .locked(_, let pid) {
            holder = pid ?? 0
        } catch {
            return Outcome([.error(describe(error))])
        }
        do {
            let session = try store.load(name)
            current = OpenSession(session: session, lock: lock)
        } catch {
            return Outcome([.error(describe(error))])
        }
        let counts = [
            "session": name.value, "objectives": "\(current?.session.objectives.count ?? 0)",
            "keyResults": "\(current?.session.keyResultCount ?? 0)",
        ]
        lastFindings = []
        guard let holder else {
            var replies: [Reply] = [.success(book.text(ShellPrompt.sessionOpened, counts))]
            if let session = current?.session, let step = session.draft {
                replies += [.say(book.text(CoachPrompt.resumed, ["session": session.name])), ask(step, in: session)]
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
        let summaries = store.list()
        guard !summaries.isEmpty else { return Outcome([.say(book.text(ShellPrompt.sessionsEmpty))]) }
        let rows = summaries.map { summary -> Reply.Row in
            let marker = summary.name == current?.session.name ? book.text(ShellPrompt.sessionsCurrentMarker) : ""
            switch summary.session {
            case .success(let session):
                return Reply.Row(summary.name + marker, book.text(ShellPrompt.sessionsEntry, [
                    "objectives": "\(session.objectives.count)", "keyResults": "\(session.keyResultCount)",
                    "updated": String(Timestamp.format(session.updatedAt).prefix(10)),
                ]))
            case .failure(let error):
                return Reply.Row(summary.name, describe(error))
            }
        }
        return Outcome([.say(book.text(ShellPrompt.sessionsHeader, ["count": "\(summaries.count)"])), .rows(rows)])
    }

    func renameSession(_ argument: String) -> Outcome {
        guard let open = current else { return Outcome([.error(book.text(ShellPrompt.noSessionOpen))]) }
        guard !open.isReadOnly else { return Outcome([.error(describe(.readOnly(name: open.session.name)))]) }
        let newName: SessionName
        do { newName = try SessionName(argument) } catch {
            return Outcome([.error(describe(.invalidName(argument, error)))])
        }
        do {
            let oldName = try SessionName(open.session.name)
            let newLock = try store.lock(newName)
            let renamed = try store.rename(oldName, to: newName, session: touched(open.session))
            current = OpenSession(session: renamed, lock: newLock)
            return Outcome([.success(book.text(ShellPrompt.renamed, ["old": oldName.value, "session": newName.value]))])
        } catch let error as StoreError {
            return Outcome([.error(describe(error))])
        } catch {
            return Outcome([.error("\(error)")])
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
        pendingDeletion = name
        return Outcome([.warning(book.text(ShellPrompt.deleteConfirm, ["session": name.value]))])
    }

    func confirmDeletion(of name: SessionName, answer: String) -> Outcome {
        guard ["yes", "y"].contains(answer.lowercased()) else {
            return Outcome([.say(book.text(ShellPrompt.deleteCancelled, ["session": name.value]))])
        }
        do {
            // Hold the lock while deleting, so a session open elsewhere is never removed under it.
            let lock = current?.session.name == name.value ? current?.lock : try store.lock(name)
            guard lock != nil else { throw StoreError.readOnly(name: name.value) }
            try store.delete(name)
            if current?.session.name == name.value { current = nil }
            return Outcome([.success(book.text(ShellPrompt.deleted, ["session": name.value]))])
        } catch let error as StoreError {
            return Outcome([.error(describe(error))])
        } catch {
            return Outcome([.error("\(error)")])
        }
    }

    func saveSession() -> Outcome {
        guard let open = current else { return Outcome([.error(book.text(ShellPrompt.noSessionOpen))]) }
        guard !open.isReadOnly else { return Outcome([.error(describe(.readOnly(name: open.session.name)))]) }
        let session = touched(open.session)
        if let failure = persist(session) { return Outcome([failure]) }
        current?.session = session
        let path = (try? SessionName(session.name)).map { store.url(for: $0).path } ?? session.name
        return Outcome([.success(book.text(ShellPrompt.saved, ["session": session.name, "path": path]))])
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
