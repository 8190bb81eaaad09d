import OKRKit

/// `/align REF PARENT`: a team objective linked to the company objective, or key result, that it supports.
extension Coach {
    /// `/align O1 company:O2` (or `company:O2.KR1`) links, `/align O1 none` unlinks, `/align O1` shows the link.
    func align(_ argument: String) -> Outcome {
        let (word, target) = Self.splitFirstWord(argument)
        guard !word.isEmpty else { return Outcome([.error(book.text(CoachPrompt.alignUsage))]) }
        let open: OpenSession, ref: Reference
        do { (open, ref) = try existing(word) } catch { return error.outcome }
        guard case .objective(let o) = ref else { return Outcome([.error(book.text(CoachPrompt.alignNeedsObjective))]) }
        let objective = open.session.objectives[o]
        guard !target.isEmpty else { return Outcome([shownLink(of: objective, ref: ref, in: open.session)]) }
        if Self.removals.contains(target.lowercased()) {
            return change { turn in
                turn.session.objectives[o].parent = nil
                turn.focus = o
                turn.say(.success(book.text(CoachPrompt.alignRemoved, ["ref": ref.description])))
            }
        }
        let link: Alignment, parent: Session
        do { (link, parent) = try alignment(target, in: open.session) } catch { return error.outcome }
        let closesLoop = link.wouldLoop(objective: objective.id, session: open.session.id) { step in
            let session = step.sessionID == open.session.id ? open.session : store.session(for: step)
            return session?.objectives.first { $0.id == step.objectiveID }
        }
        guard !closesLoop else {
            let itself = link.sessionID == open.session.id && link.objectiveID == objective.id && link.keyResultID == nil
            return Outcome([.error(itself ? book.text(CoachPrompt.alignSelf, ["ref": ref.description])
                : book.text(CoachPrompt.alignLoop, ["ref": ref.description, "parent": target]))])
        }
        // Found for certain: the link was just made from the parent's own ids.
        let found = ParentLink(link, in: parent)
        guard case .found(let reference, let text, _) = found else { return Outcome([.error(parentWords(found))]) }
        return change { turn in
            turn.session.objectives[o].parent = link
            turn.focus = o
            turn.say(.success(book.text(CoachPrompt.alignSet, ["ref": ref.description, "parent": reference, "text": text])))
            // The hint `/check` would give about this link, said now.
            let judged = CheckEngine(catalog: .standard.only([ObjectiveUnrelatedToParentRule.description.id]))
                .check([turn.session.objectives[o]], cycle: nil, parents: ParentLink.texts([objective.id: found]))
            let findings = judged.objectives.flatMap(\.findings)
            if !findings.isEmpty { turn.say(Feedback(book: book).findings(findings, good: "")) }
        }
    }

    /// The link `SESSION:REF` names, with the session it points into (the open one as it stands, or a saved one),
    /// or the refusal to show.
    private func alignment(_ target: String, in session: Session) throws(Refusal) -> (Alignment, Session) {
        guard let colon = target.lastIndex(of: ":") else { throw Refusal(reply: .error(book.text(CoachPrompt.alignUsage))) }
        let sessionWord = target[..<colon].trimmingSpaces(), refWord = String(target[target.index(after: colon)...])
        let name: SessionName
        do { name = try SessionName(sessionWord) } catch {
            throw Refusal(reply: .error(book.text(CoachPrompt.alignUsage)))
        }
        let parent: Session
        if let own = try? SessionName(session.name), own == name {
            parent = session
        } else {
            do { parent = try store.load(name) } catch { throw Refusal(reply: .error(describe(error))) }
        }
        guard let ref = Reference.parse(refWord, current: nil), ref.exists(in: parent.objectives) else {
            throw Refusal(reply: .error(book.text(CoachPrompt.alignNoParent, [
                "session": parent.name, "ref": String(refWord.prefix(20)),
                "known": Reference.all(in: parent.objectives).prefix(12).map(\.description).joined(separator: ", "),
            ])))
        }
        let objective: Int, keyResult: Int?
        switch ref {
        case .objective(let o): (objective, keyResult) = (o, nil)
        case .keyResult(let o, let k): (objective, keyResult) = (o, k)
        }
        let link = Alignment(
            sessionID: parent.id, sessionName: parent.name, objectiveID: parent.objectives[objective].id,
            keyResultID: keyResult.map { parent.objectives[objective].keyResults[$0].id })
        return (link, parent)
    }

    /// What `/align REF` says: the objective's link, or that it has none.
    private func shownLink(of objective: Objective, ref: Reference, in session: Session) -> Reply {
        guard let link = objective.parent else { return .say(book.text(CoachPrompt.alignNone, ["ref": ref.description])) }
        return .say(parentWords(store.parents(of: session)[objective.id] ?? .missing(session: link.sessionName)))
    }

    /// A link in words, as `/list` and `/align REF` show it.
    func parentWords(_ link: ParentLink) -> String {
        switch link {
        case .found(let reference, let text, _): book.text(CoachPrompt.parentFound, ["parent": reference, "text": text])
        case .missing(let session): book.text(CoachPrompt.parentMissing, ["session": session])
        }
    }
}
