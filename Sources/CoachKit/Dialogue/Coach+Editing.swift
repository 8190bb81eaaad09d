import Foundation
import OKRKit

/// Editing the set: `/objective`, `/kr`, `/list`, `/edit`, `/delete REF`, `/move`, `/kind`, `/confidence`,
/// `/undo`, `/redo`. Every change is saved at once and can be undone.
extension Coach {
    /// Applies `mutate` to a turn over the open session, saves the session, and remembers the previous state for
    /// `/undo`; a refusal changes nothing.
    func change(_ mutate: (inout Turn) throws(Refusal) -> Void) -> Outcome {
        var open: OpenSession
        do { open = try openForChange() } catch { return error.outcome }
        var turn = Turn(session: open.session, focus: open.focus)
        do { try mutate(&turn) } catch { return error.outcome }
        turn.say(cancelOrphanedQuestion(in: &turn.session, before: open.session))
        let session = touched(turn.session)
        let notices: [Reply]
        do { notices = try persist(session, in: &open) } catch { return error.outcome }
        open.history.record(open.session)
        open.session = session
        open.focus = turn.focus  // set after the session, so the position is read in the new set
        current = open
        if let judged = turn.judged { lastJudgement = judged }
        resumeDraft()
        return Outcome(turn.replies + notices)
    }

    /// With no short exchange under way, the open session's draft question is what the next line answers.
    func resumeDraft() {
        switch pending {
        case .draft?, .walk?, nil: pending = .resuming(current?.session)
        case .deletion?, .importConfirmation?, .kpiChoice?, .multiLine?, .practice?: break
        }
    }

    /// The open session when it can take a change; a change with nowhere to be saved (no session, or one open
    /// read-only) is a change not made, which a script must be able to tell.
    func openForChange() throws(Refusal) -> OpenSession {
        guard let open = current else { throw Refusal(reply: noSessionOpenReply, saveFailed: true) }
        guard !open.isReadOnly else {
            throw Refusal(reply: .error(describe(.readOnly(name: open.session.name))), saveFailed: true)
        }
        return open
    }

    /// A pending question whose objective or key result a change deleted is cancelled, with a word naming what
    /// it was about; one that moved follows it, since the question points at it by id.
    private func cancelOrphanedQuestion(in session: inout Session, before: Session) -> [Reply] {
        var refs: [Reference] = []
        if let walk = session.walk, !walk.isAsked(in: session) {
            session.walk = nil
            let keyResult = walk.keyResultID.flatMap { DraftStep.Place.find(keyResult: $0, in: before.objectives) }
            if let ref = keyResult.map({ Reference.keyResult($0.0, $0.1) })
                ?? before.objectives.firstIndex(where: { $0.id == walk.objectiveID }).map(Reference.objective)
            {
                refs.append(ref)
            }
        }
        if let step = session.draft, step.place(in: session.objectives) == nil {
            session.draft = nil
            if let place = step.place(in: before.objectives), let o = place.objective {
                refs.append(place.keyResult.map { Reference.keyResult(o, $0) } ?? Reference.objective(o))
            }
        }
        // Both questions may have been about the same key result: it is said once.
        return refs.reduce(into: [Reference]()) { if !$0.contains($1) { $0.append($1) } }.map {
            .warning(book.text(GuidePrompt.questionCancelled, ["ref": $0.description]))
        }
    }

    /// `/objective TEXT`: adds an objective and answers it as the guide would: feedback, then its review.
    func addObjective(_ argument: String) -> Outcome {
        change { turn in
            draft.addObjective(argument, &turn)
            let o = turn.session.objectives.count - 1
            turn.replies.insert(.success(book.text(CoachPrompt.objectiveAdded, [
                "ref": Reference.objective(o).description, "text": turn.session.objectives[o].text,
            ])), at: 0)
        }
    }

    /// `/kr TEXT`: adds a key result to the current objective, with what was read, findings and follow-ups.
    func addKeyResult(_ argument: String) -> Outcome {
        change { (turn) throws(Refusal) in
            guard let o = turn.focus, turn.session.objectives.indices.contains(o) else {
                throw Refusal(reply: .error(book.text(CoachPrompt.needObjectiveFirst)))
            }
            draft.addKeyResult(argument, to: o, &turn)
            let k = turn.session.objectives[o].keyResults.count - 1
            turn.replies.insert(.success(book.text(CoachPrompt.keyResultAdded, [
                "ref": Reference.keyResult(o, k).description, "text": turn.session.objectives[o].keyResults[k].text,
            ])), at: 0)
        }
    }

    func listSet() -> Outcome {
        guard let open = current else { return noSessionOpen }
        let objectives = open.session.objectives
        guard !objectives.isEmpty else { return Outcome([.say(book.text(CoachPrompt.listEmpty))]) }
        let parents = store.parents(of: open.session)
        let rows = Reference.all(in: objectives).map { ref -> Reply.Row in
            switch ref {
            case .objective(let o):
                return Reply.Row(ref.description, book.text(CoachPrompt.listObjective, [
                    "text": objectives[o].text, "kind": objectives[o].kind.rawValue, "owner": objectives[o].owner ?? "",
                    "parent": parents[objectives[o].id].map(parentWords) ?? "",
                ]))
            case .keyResult(let o, let k):
                let kr = objectives[o].keyResults[k]
                return Reply.Row("  " + ref.description, book.text(CoachPrompt.listKeyResult, [
                    "text": kr.text, "confidence": kr.confidence.map(ConfidenceTag.format) ?? "", "owner": kr.owner ?? "",
                ]))
            }
        }
        let header = book.text(CoachPrompt.listHeader, [
            "session": open.session.name, "cycle": open.session.cycle?.label ?? "",
            "objectives": book.count(objectives.count, .objective),
            "keyResults": book.count(open.session.keyResultCount, .keyResult),
        ])
        return Outcome([.say(header), .rows(rows)] + kpis.watchList(of: open.session))
    }

    func edit(_ argument: String) -> Outcome {
        let (word, rest) = Self.splitFirstWord(argument)
        let ref: Reference
        do { (_, ref) = try existing(word) } catch { return error.outcome }
        guard !rest.isEmpty else {
            // At a terminal Up-arrow brings the old text back as an /edit line, to change in place and send.
            return Outcome(
                [.say(book.text(CoachPrompt.editShow, ["ref": ref.description, "text": text(at: ref)]))],
                editable: "/edit \(ref) \(text(at: ref))")
        }
        let edited = Reply.success(book.text(CoachPrompt.edited, ["ref": ref.description, "text": rest]))
        return change { turn in
            turn.say(edited)
            switch ref {
            case .objective(let o):
                let (text, kind) = KindTag.split(rest)
                turn.session.objectives[o].text = text
                if let kind { turn.session.objectives[o].kind = kind }
                turn.focus = o
            case .keyResult(let o, let k):
                let (text, confidence) = ConfidenceTag.split(rest)
                turn.session.objectives[o].keyResults[k].text = text
                if let confidence { turn.session.objectives[o].keyResults[k].confidence = confidence }
                turn.focus = o
                // A question about the key result asked of its old wording is asked again of the new one.
                if turn.next?.keyResultID == turn.session.objectives[o].keyResults[k].id {
                    draft.keyResultWritten(o, k, after: nil, &turn)
                }
            }
        }
    }

    func deleteItem(_ ref: Reference) -> Outcome {
        change { turn in
            let removed: String
            switch ref {
            case .objective(let o):
                removed = turn.session.objectives.remove(at: o).text
                // The objective in focus stays in focus; when it was the one deleted, its neighbour is.
                if let current = turn.focus, current > o { turn.focus = current - 1 }
                if turn.focus == o {
                    turn.focus = turn.session.objectives.isEmpty ? nil : min(o, turn.session.objectives.count - 1)
                }
            case .keyResult(let o, let k):
                removed = turn.session.objectives[o].keyResults.remove(at: k).text
                turn.focus = o
            }
            turn.say(.success(book.text(CoachPrompt.deletedItem, ["ref": ref.description, "text": removed])))
        }
    }

    func move(_ argument: String) -> Outcome {
        let (word, destination) = Self.splitFirstWord(argument)
        let (open, ref): (OpenSession, Reference)
        do { (open, ref) = try existing(word) } catch { return error.outcome }
        let objectives = open.session.objectives
        switch ref {
        case .objective(let o):
            guard let position = Int(destination.filter(\.isNumber)), (1...objectives.count).contains(position),
                !destination.isEmpty
            else {
                return Outcome([.error(book.text(CoachPrompt.moveObjectiveUsage, ["count": "\(objectives.count)"]))])
            }
            return change { turn in
                turn.session.objectives.insert(turn.session.objectives.remove(at: o), at: position - 1)
                turn.focus = position - 1
                turn.say(.success(book.text(CoachPrompt.moved, ["ref": ref.description, "to": "O\(position)"])))
            }
        case .keyResult(let o, let k):
            guard case .objective(let target)? = Reference.parse(destination, current: nil),
                objectives.indices.contains(target)
            else {
                return Outcome([.error(book.text(CoachPrompt.moveKeyResultUsage))])
            }
            return change { turn in
                let keyResult = turn.session.objectives[o].keyResults.remove(at: k)
                turn.session.objectives[target].keyResults.append(keyResult)
                turn.focus = target
                let to = Reference.keyResult(target, turn.session.objectives[target].keyResults.count - 1)
                turn.say(.success(book.text(CoachPrompt.moved, ["ref": ref.description, "to": to.description])))
            }
        }
    }

    func setKind(_ argument: String) -> Outcome {
        let (word, kindWord) = Self.splitFirstWord(argument)
        let ref: Reference
        do { (_, ref) = try existing(word) } catch { return error.outcome }
        guard let kind = ObjectiveKind(rawValue: kindWord.lowercased()) else {
            return Outcome([.error(book.text(CoachPrompt.kindUsage))])
        }
        let o: Int
        switch ref {
        case .objective(let index), .keyResult(let index, _): o = index
        }
        return change { turn in
            turn.session.objectives[o].kind = kind
            turn.focus = o
            turn.say(.success(book.text(CoachPrompt.kindSet, ["ref": "O\(o + 1)", "kind": kind.rawValue])))
        }
    }

    func setConfidence(_ argument: String) -> Outcome {
        let (word, value) = Self.splitFirstWord(argument)
        let ref: Reference
        do { (_, ref) = try existing(word) } catch { return error.outcome }
        guard case .keyResult(let o, let k) = ref, let confidence = ConfidenceTag.value(value) else {
            return Outcome([.error(book.text(CoachPrompt.confidenceUsage))])
        }
        return change { turn in
            turn.session.objectives[o].keyResults[k].confidence = confidence
            turn.focus = o
            turn.say(.success(book.text(CoachPrompt.confidenceSet, [
                "ref": ref.description, "confidence": ConfidenceTag.format(confidence),
            ])))
        }
    }

    func undo() -> Outcome { travel(backward: true) }
    func redo() -> Outcome { travel(backward: false) }

    private func travel(backward: Bool) -> Outcome {
        var open: OpenSession
        do { open = try openForChange() } catch { return error.outcome }
        guard let target = open.history.target(backward: backward) else {
            return Outcome([.say(book.text(backward ? CoachPrompt.nothingToUndo : CoachPrompt.nothingToRedo))])
        }
        var restored = touched(target)
        restored.name = open.name.value  // a state from before a /rename takes the session's name now
        let notices: [Reply]
        do { notices = try persist(restored, in: &open) } catch { return error.outcome }
        let remaining = open.history.travel(backward: backward, from: open.session)
        let change = backward ? SessionChange.between(restored, open.session) : SessionChange.between(open.session, restored)
        let asked = (open.session.walk, open.session.draft)
        open.session = restored
        current = open
        resumeDraft()
        var replies: [Reply] = [.success(book.text(backward ? CoachPrompt.undone : CoachPrompt.redone, [
            "change": change.words(book), "steps": remaining == 0 ? "" : "\(remaining)",
        ]))]
        // The pending question is asked again when it changed, so the next line answers what the screen shows.
        if (restored.walk, restored.draft) != asked { replies += pendingQuestion(in: restored) }
        return Outcome(replies + notices)
    }

    /// The answer to a command that needs an open session when none is.
    var noSessionOpen: Outcome { Outcome([noSessionOpenReply]) }

    /// What the coach says when a command needs an open session and none is.
    private var noSessionOpenReply: Reply { .error(book.text(ShellPrompt.noSessionOpen)) }

    /// The open session and what `word` ("O2", "O2.KR1", "KR1") refers to in it, or the refusal to show: no
    /// session is open, or the set has no such objective or key result (the refusal names those it has).
    func existing(_ word: String) throws(Refusal) -> (OpenSession, Reference) {
        guard let open = current else { throw Refusal(reply: noSessionOpenReply) }
        guard let ref = Reference.parse(word, current: open.focus), ref.exists(in: open.session.objectives) else {
            throw Refusal(reply: .error(noSuchReference(word)))
        }
        return (open, ref)
    }

    /// The text at a reference in the open session.
    func text(at ref: Reference) -> String {
        guard let objectives = current?.session.objectives, ref.exists(in: objectives) else { return "" }
        switch ref {
        case .objective(let o): return objectives[o].text
        case .keyResult(let o, let k): return objectives[o].keyResults[k].text
        }
    }

    func noSuchReference(_ word: String) -> String {
        let known = current.map { Reference.all(in: $0.session.objectives).map(\.description) } ?? []
        return book.text(CoachPrompt.noSuchReference, [
            "ref": String(word.prefix(20)), "known": known.prefix(12).joined(separator: ", "),
        ])
    }

    static func splitFirstWord(_ text: String) -> (String, String) {
        let word = String(text.prefix { !$0.isWhitespace })
        return (word, text.dropFirst(word.count).trimmingSpaces())
    }
}
