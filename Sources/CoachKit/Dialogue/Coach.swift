import Foundation
import OKRKit

/// The conversation: takes one line at a time and answers with replies. No terminal, no printing.
///
/// Side effects go through injected values: the session store (files), the clock.
public final class Coach {
    public let book: PromptBook
    let store: SessionStore
    let now: @Sendable () -> Date

    /// The session being worked on, if any.
    public internal(set) var current: OpenSession?
    /// A `/delete` waiting for "yes".
    var pendingDeletion: SessionName?

    /// A session and how this process holds it.
    public struct OpenSession {
        public var session: Session
        /// Held while the session is open for writing; `nil` when opened read-only.
        let lock: SessionLock?
        /// The process that holds the session, when it was opened read-only because of it.
        public let heldBy: Int32?
        /// Earlier states for `/undo`, newest last; states undone, for `/redo`.
        var undo: [Session] = []
        var redo: [Session] = []
        /// The objective "KR2" and `/kr` refer to: the one last added or touched.
        var focus: Int?

        init(session: Session, lock: SessionLock?, heldBy: Int32?) {
            self.session = session
            self.lock = lock
            self.heldBy = heldBy
            focus = session.objectives.indices.last
        }

        public var isReadOnly: Bool { lock == nil }
    }

    public init(book: PromptBook, store: SessionStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.book = book
        self.store = store
        self.now = now
    }

    /// The prompt to show before the next line.
    public var prompt: String {
        guard let current else { return book.text(ShellPrompt.prompt) }
        return book.text(ShellPrompt.promptSession, ["session": current.session.name])
    }

    /// Answers one line: a `/command`, or free text.
    public func handle(_ rawLine: String) -> Outcome {
        let line = InputLine.clean(rawLine)
        if let name = pendingDeletion {
            pendingDeletion = nil
            return confirmDeletion(of: name, answer: line)
        }
        guard line.hasPrefix("/") else { return freeText(line) }
        let body = line.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        guard let command = CommandTable.find(word) else { return unknownCommand(word) }
        switch (command.argument, argument.isEmpty) {
        case (.required, true):
            return Outcome([.error(book.text(ShellPrompt.missingArgument, ["usage": command.usage]))])
        case (.none, false):
            return Outcome([.error(book.text(ShellPrompt.unexpectedArgument, ["usage": command.usage]))])
        default:
            return command.perform(self, argument)
        }
    }

    /// The end of input (Ctrl-D, or the end of a piped script): save and say goodbye.
    public func finish() -> Outcome { quit() }

    func quit() -> Outcome {
        var replies: [Reply] = []
        if let current, !current.isReadOnly {
            if let failure = persist(current.session) { replies.append(failure) }
        }
        replies.append(.say(book.text(ShellPrompt.goodbye, ["session": current?.session.name ?? ""])))
        return Outcome(replies, exit: true)
    }

    func freeText(_ line: String) -> Outcome {
        if line.isEmpty { return Outcome([]) }
        return Outcome([.say(book.text(current == nil ? ShellPrompt.freeTextNoSession : ShellPrompt.freeTextIdle))])
    }

    func unknownCommand(_ word: String) -> Outcome {
        let suggestion = CommandTable.nearest(to: word).map { "/\($0.name)" } ?? ""
        let shown = "/" + String(word.prefix(40))
        return Outcome([.error(book.text(ShellPrompt.unknownCommand, ["command": shown, "suggestion": suggestion]))])
    }

    /// Saves, returning an error reply if it failed.
    func persist(_ session: Session) -> Reply? {
        do {
            try store.save(session)
            return nil
        } catch {
            return .error(describe(error))
        }
    }
}
