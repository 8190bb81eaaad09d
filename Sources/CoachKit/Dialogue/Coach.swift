import Foundation
import OKRKit

/// The conversation: takes one line at a time and answers with replies. No terminal, no printing.
///
/// Sessions are read and saved through the injected session store, the time comes from the injected clock and the
/// KPI catalog from the injected loader; a facilitator's lessons (`promptsDirectory`) are still read from disk here.
public final class Coach {
    public let book: PromptBook
    let store: SessionStore
    let now: @Sendable () -> Date

    /// The session being worked on, if any.
    public internal(set) var current: OpenSession?
    /// Changes to the open session that could not be saved (and so were not made), for the goodbye.
    var changesNotSaved = 0
    /// What the next line answers, if anything.
    var pending: Pending?
    /// The findings and score behind the feedback last shown, for `/why`.
    var lastJudgement = Judgement.none

    /// The KPI catalog, loaded on first use.
    let kpis: KPIDesk
    /// KPI ids and names for completion, loaded on the first Tab that needs them.
    let kpiNames: KPINames
    /// The `/learn` topic ids, for completion.
    lazy var lessonTopics: [String] = (try? LessonBook.load(overrides: promptsDirectory))?.lessons.map(\.id) ?? []
    /// The practice course's bank and progress.
    lazy var practice = PracticeDesk(store: PracticeStore(directory: store.directory))
    /// A facilitator's prompt directory, for `lessons.yaml`; `nil` for the built-in lessons.
    public var promptsDirectory: URL?

    /// Makes `open` the session worked on (or none): its own question is what the coach waits for, and nothing
    /// said or counted about another session carries over.
    func begin(_ open: OpenSession?) {
        current = open
        pending = .resuming(open?.session)
        lastJudgement = .none
        changesNotSaved = 0
    }

    /// A coach over a store; `catalog` loads the KPI catalog when first needed (the built-in one by default).
    public init(
        book: PromptBook, store: SessionStore, now: @escaping @Sendable () -> Date = { Date() },
        catalog: @escaping @Sendable () -> CatalogLoad = { CatalogLoader.load(dataDirectory: nil) }
    ) {
        self.book = book
        self.store = store
        self.now = now
        kpis = KPIDesk(book: book, load: catalog)
        kpiNames = KPINames { catalog().catalog.kpis.flatMap { [$0.id, $0.name] } }
    }

    /// The prompt to show before the next line.
    public var prompt: String {
        guard let current else { return book.text(ShellPrompt.prompt) }
        return book.text(ShellPrompt.promptSession, ["session": current.session.name])
    }

    /// Answers one line: the answer to what the coach is waiting for, a `/command`, or free text.
    public func handle(_ rawLine: String) -> Outcome {
        let (line, control) = InputLine.clean(rawLine)
        let startsSomethingElse = line.hasPrefix("/") || line == InputLine.multiLineFence
        switch pending {
        case .multiLine(var lines)?:
            pending = nil  // the lines are now only here, so appending does not copy them
            guard line == InputLine.multiLineFence else {
                lines.append(line)
                pending = .multiLine(lines)
                return Outcome([])
            }
            pending = .resuming(current?.session)
            let joined = lines.filter { !$0.isEmpty }.joined(separator: " ")
            guard !joined.isEmpty else { return Outcome([.say(book.text(GuidePrompt.multiLineEmpty))]) }
            return handle(joined)
        case .deletion(let name)?:
            pending = .resuming(current?.session)
            guard startsSomethingElse else { return confirmDeletion(of: name, answer: line) }
            // A command or a paste instead of an answer keeps the session, and goes ahead.
            var outcome = handle(rawLine)
            outcome.replies.insert(contentsOf: confirmDeletion(of: name, answer: "").replies, at: 0)
            return outcome
        case .importConfirmation(let set, let file)?:
            pending = .resuming(current?.session)
            guard startsSomethingElse else { return confirmImport(set, file: file, answer: line) }
            // A command instead of an answer imports nothing, and goes ahead.
            var outcome = handle(rawLine)
            outcome.replies.insert(contentsOf: confirmImport(set, file: file, answer: "").replies, at: 0)
            return outcome
        case .kpiChoice(let offered)? where !startsSomethingElse:
            pending = .resuming(current?.session)
            return chooseSuggested(line, offered: offered)
        case .draft(let step)? where !startsSomethingElse:
            var judged: Judgement?
            var outcome = change { (turn) throws(Refusal) in
                try draft.answer(line, to: step, &turn)
                judged = turn.judged
            }
            if !outcome.saveFailed {
                // An offer goes before the question the draft now asks, which stays the last thing said.
                let asking = current?.session.draft != nil && !outcome.replies.isEmpty
                outcome.replies.insert(
                    contentsOf: practiceOffer(after: judged), at: outcome.replies.count - (asking ? 1 : 0))
            }
            return outcome
        case .walk(let step)? where !startsSomethingElse:
            return answerWalk(line, to: step)
        case .practice(let step)?:
            if let outcome = answerPractice(line, to: step) { return outcome }
        case .kpiChoice?, .draft?, .walk?, nil:
            break
        }
        if line == InputLine.multiLineFence {
            pending = .multiLine([])
            return Outcome([.say(book.text(GuidePrompt.multiLineStart))])
        }
        guard line.hasPrefix("/") else { return freeText(line) }
        return command(line, control: control)
    }

    /// A `/command` line; `control` is a control character that was dropped from it, which a session name refuses.
    private func command(_ line: String, control: Unicode.Scalar?) -> Outcome {
        let body = line.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(word.count).trimmingSpaces()
        guard let command = CommandTable.find(word) else { return unknownCommand(word) }
        if command.takesSessionName, let control {
            return Outcome([.error(describe(.invalidName(argument, .forbiddenCharacter(Character(control)))))])
        }
        switch (command.argument, argument.isEmpty) {
        case (.required, true):
            return Outcome([.error(book.text(ShellPrompt.missingArgument, ["usage": command.usage]))])
        case (.none, false):
            return Outcome([.error(book.text(ShellPrompt.unexpectedArgument, ["usage": command.usage]))])
        default:
            return command.perform(self, argument)
        }
    }

    /// Ctrl-C at the prompt: cancels a multi-line answer being typed (as psql clears its query buffer); a
    /// question the coach asked stays asked.
    public func interrupt() -> Outcome {
        guard case .multiLine? = pending else { return Outcome([]) }
        pending = .resuming(current?.session)
        return Outcome([.say(book.text(GuidePrompt.multiLineCancelled))])
    }

    /// What to say after the banner: how to start, or how to resume the latest session.
    public func greeting() -> [Reply] {
        guard let latest = store.latest() else { return [.say(book.text(CoachPrompt.greeting))] }
        return [.say(book.text(CoachPrompt.greetingResume, ["latest": latest.value]))]
    }

    /// The end of input (Ctrl-D, or the end of a piped script): say goodbye (every change is already saved).
    /// A multi-line answer never closed is said to be dropped, not dropped silently.
    public func finish() -> Outcome {
        guard case .multiLine(let lines)? = pending, !lines.isEmpty else { return quit() }
        var outcome = quit()
        outcome.replies.insert(.warning(book.text(GuidePrompt.multiLineUnclosed, ["count": "\(lines.count)"])), at: 0)
        return outcome
    }

    /// Ends the conversation. Every change was saved as it was made, so the file already holds the open session:
    /// writing it again would only replace its backup, the version before the last change, with a copy of itself
    /// (and, for a big session, cost a second encoding at the last moment).
    func quit() -> Outcome {
        // A read-only view saved nothing, so the goodbye names nothing saved.
        let session = current.flatMap { $0.isReadOnly ? nil : $0.session.name } ?? ""
        let goodbye = Reply.say(changesNotSaved == 0
            ? book.text(ShellPrompt.goodbye, ["session": session])
            : book.text(ShellPrompt.goodbyeWithUnsaved, ["session": session, "count": "\(changesNotSaved)"]))
        begin(nil)
        return Outcome([goodbye], exit: true)
    }

    /// Free text with no question pending: text that reads like an objective or a key result is offered as one,
    /// and anything else gets a short word on what the coach can do.
    func freeText(_ line: String) -> Outcome {
        guard let open = current else {
            return line.isEmpty ? Outcome([]) : Outcome([.say(book.text(ShellPrompt.freeTextNoSession))])
        }
        if line.isEmpty { return Outcome([]) }
        // A question or a progress update is answered with a pointer; nothing is saved or offered.
        if let aside = draft.aside(line, to: nil) { return Outcome([aside]) }
        let idle = Refusal(reply: .say(book.text(GuidePrompt.idle)))
        guard !open.isReadOnly else { return idle.outcome }
        return change { (turn) throws(Refusal) in
            guard draft.offer(line, &turn) else { throw idle }
        }
    }

    /// The guided draft, as of today.
    var draft: DraftConversation { DraftConversation(book: book, today: today, kpis: kpis) }

    /// Today in local time, by the coach's clock.
    var today: CalendarDay { CalendarDay.local(now()) }

    func unknownCommand(_ word: String) -> Outcome {
        let suggestion = CommandTable.nearest(to: word).map { "/\($0.name)" } ?? ""
        let shown = "/" + String(word.prefix(40))
        return Outcome([.error(book.text(ShellPrompt.unknownCommand, ["command": shown, "suggestion": suggestion]))])
    }

    /// Saves `session` as the open session `open` and records the version written; answers the warning when another
    /// program had changed the file (its version is kept beside it), or throws the failure in the coach's words.
    func persist(_ session: Session, in open: inout OpenSession) throws(Refusal) -> [Reply] {
        do {
            let saved = try store.save(session, as: open.name, expected: open.version, upgrading: open.olderFormat)
            open.version = saved.version
            open.olderFormat = nil
            return saved.keptCopy.map { [externalEditWarning(open.name, copy: $0)] } ?? []
        } catch {
            // Whatever stopped the save, the change was not made: a script must be able to tell.
            changesNotSaved += 1
            throw Refusal(reply: .error(describe(error)), saveFailed: true)
        }
    }

    /// A store error as an outcome: an error reply, marked `saveFailed` when the disk refused a write.
    func failure(_ error: StoreError) -> Outcome {
        Outcome([.error(describe(error))], saveFailed: error.isSaveFailure)
    }

    /// Says that another program's version of `name`'s file was kept as `copy`, and where this session was saved
    /// (`savedAs`, when a rename saved it under another name).
    func externalEditWarning(_ name: SessionName, copy: SessionName, savedAs: SessionName? = nil) -> Reply {
        .warning(book.text(ShellPrompt.externalEditKept, [
            "session": name.value, "file": store.url(for: name).path, "copy": store.url(for: copy).path,
            "copyName": copy.value, "saved": store.url(for: savedAs ?? name).path,
        ]))
    }
}
