import OKRKit

/// What one change did to a set, told by comparing the set before and after it: what `/undo` and `/redo` say
/// they took back or made again.
enum SessionChange: Equatable {
    case added(Reference, String)
    case deleted(Reference, String)
    case edited(Reference, String)
    case moved(Reference)
    case kind(Reference, ObjectiveKind)
    case confidence(Reference)
    case kpis(Reference)
    /// A check-in recorded, replaced or completed (its confidence or note).
    case checkIn(Reference)
    case measure(Reference)
    /// A score given, or a look back written, at grading.
    case grade(Reference)
    /// An objective's plan for the next cycle, or what was learned.
    case plan(Reference)
    /// An owner named or removed.
    case owner(Reference)
    /// An objective aligned to another session's, or unlinked.
    case parent(Reference)
    case cycle
    case team
    /// An answer that changed no objective or key result: a question skipped, a follow-up declined.
    case answer

    /// The change that turns `before` into `after`: the first difference found, objectives before key results.
    static func between(_ before: Session, _ after: Session) -> SessionChange {
        let old = Dictionary(before.objectives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.objectives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let o = after.objectives.indices.first(where: { old[after.objectives[$0].id] == nil }) {
            return .added(.objective(o), after.objectives[o].text)
        }
        if let o = before.objectives.indices.first(where: { new[before.objectives[$0].id] == nil }) {
            return .deleted(.objective(o), before.objectives[o].text)
        }
        for (o, objective) in after.objectives.enumerated() {
            guard let previous = old[objective.id].map({ before.objectives[$0] }) else { continue }
            if let change = keyResultChange(o, from: previous, to: objective, in: before, after) { return change }
            if objective.text != previous.text { return .edited(.objective(o), previous.text) }
            if objective.kind != previous.kind { return .kind(.objective(o), objective.kind) }
            if objective.owner != previous.owner { return .owner(.objective(o)) }
            if objective.parent != previous.parent { return .parent(.objective(o)) }
            if objective.nextCycle != previous.nextCycle || objective.learned != previous.learned {
                return .plan(.objective(o))
            }
            if old[objective.id] != o { return .moved(.objective(o)) }
        }
        if before.cycle != after.cycle { return .cycle }
        if before.team != after.team { return .team }
        return .answer
    }

    private static func keyResultChange(
        _ o: Int, from previous: Objective, to objective: Objective, in before: Session, _ after: Session
    ) -> SessionChange? {
        let old = Set(previous.keyResults.map(\.id))
        let new = Set(objective.keyResults.map(\.id))
        if let k = objective.keyResults.indices.first(where: { !old.contains(objective.keyResults[$0].id) }) {
            let moved = DraftStep.Place.find(keyResult: objective.keyResults[k].id, in: before.objectives) != nil
            return moved ? .moved(.keyResult(o, k)) : .added(.keyResult(o, k), objective.keyResults[k].text)
        }
        if let k = previous.keyResults.indices.first(where: { !new.contains(previous.keyResults[$0].id) }) {
            let moved = DraftStep.Place.find(keyResult: previous.keyResults[k].id, in: after.objectives) != nil
            return moved ? nil : .deleted(.keyResult(o, k), previous.keyResults[k].text)
        }
        for (k, keyResult) in objective.keyResults.enumerated() {
            guard let was = previous.keyResults.first(where: { $0.id == keyResult.id }) else { continue }
            let ref = Reference.keyResult(o, k)
            if keyResult.text != was.text { return .edited(ref, was.text) }
            if keyResult.checkIns != was.checkIns { return .checkIn(ref) }
            if keyResult.confidence != was.confidence { return .confidence(ref) }
            if keyResult.kpis != was.kpis { return .kpis(ref) }
            if keyResult.measure != was.measure { return .measure(ref) }
            if keyResult.owner != was.owner { return .owner(ref) }
            if keyResult.givenScore != was.givenScore || keyResult.lookBack != was.lookBack { return .grade(ref) }
        }
        return nil
    }

    /// The change in the coach's words: "added O1.KR3 (Raise NPS from 30 to 45)".
    func words(_ book: PromptBook) -> String {
        switch self {
        case .added(let ref, let text): book.text(ChangePrompt.added, ["ref": ref.description, "text": text])
        case .deleted(let ref, let text): book.text(ChangePrompt.deleted, ["ref": ref.description, "text": text])
        case .edited(let ref, let text): book.text(ChangePrompt.edited, ["ref": ref.description, "text": text])
        case .moved(let ref): book.text(ChangePrompt.moved, ["ref": ref.description])
        case .kind(let ref, let kind): book.text(ChangePrompt.kind, ["ref": ref.description, "kind": kind.rawValue])
        case .confidence(let ref): book.text(ChangePrompt.confidence, ["ref": ref.description])
        case .kpis(let ref): book.text(ChangePrompt.kpis, ["ref": ref.description])
        case .checkIn(let ref): book.text(ChangePrompt.checkIn, ["ref": ref.description])
        case .measure(let ref): book.text(ChangePrompt.measure, ["ref": ref.description])
        case .grade(let ref): book.text(ChangePrompt.grade, ["ref": ref.description])
        case .plan(let ref): book.text(ChangePrompt.plan, ["ref": ref.description])
        case .owner(let ref): book.text(ChangePrompt.owner, ["ref": ref.description])
        case .parent(let ref): book.text(ChangePrompt.parent, ["ref": ref.description])
        case .cycle: book.text(ChangePrompt.cycle)
        case .team: book.text(ChangePrompt.team)
        case .answer: book.text(ChangePrompt.answer)
        }
    }
}
