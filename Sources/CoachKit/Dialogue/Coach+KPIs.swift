import OKRKit

/// KPIs beside key results: `/kpis` searches the catalog, and `/suggest` offers the ones to watch, linked to their
/// key result by id when chosen.
extension Coach {
    /// `/suggest [REF]`: KPIs for a key result (the current objective's latest by default), or for every key result of
    /// an objective, to link by number.
    func suggest(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        let objectives = open.session.objectives
        let ref: Reference?
        if argument.isEmpty {
            ref = open.focus.flatMap { o in objectives[o].keyResults.indices.last.map { Reference.keyResult(o, $0) } }
        } else {
            ref = Reference.parse(argument, current: open.focus)
        }
        guard let ref, ref.exists(in: objectives) else {
            return Outcome([.error(argument.isEmpty ? book.text(CoachPrompt.suggestNeedsKeyResult) : noSuchReference(argument))])
        }
        let offers: [KPIDesk.Offer]
        switch ref {
        case .keyResult(let o, let k):
            offers = kpis.offers(for: objectives[o], only: k)
            guard !offers.isEmpty else {
                let measured = kpis.isMeasured(objectives[o].keyResults[k], in: objectives[o])
                return Outcome([.say(book.text(measured ? CoachPrompt.suggestAllLinked : CoachPrompt.suggestNothing, ["ref": ref.description]))])
            }
        case .objective(let o):
            guard !objectives[o].keyResults.isEmpty else { return Outcome([.error(book.text(CoachPrompt.suggestNeedsKeyResult))]) }
            offers = kpis.offers(for: objectives[o])
            guard !offers.isEmpty else { return Outcome([.say(book.text(CoachPrompt.suggestNothing, ["ref": ref.description]))]) }
        }
        pending = .kpiChoice(offers.map(\.choice))
        return Outcome(kpis.problems() + [
            .say(book.text(GuidePrompt.suggestHeader, ["ref": ref.description])), .rows(offers.map(\.row)),
            .say(book.text(GuidePrompt.askKPIs)),
        ])
    }

    /// The answer to a `/suggest` offer; an answer that names no listed number asks again.
    func chooseSuggested(_ line: String, offered: [KPIChoice]) -> Outcome {
        var refused = false
        let outcome = change { (turn) throws(Refusal) in
            do throws(Refusal) {
                turn.say(try kpis.link(line, choices: offered, in: &turn.session))
            } catch {
                refused = true
                throw error
            }
        }
        if refused { pending = .kpiChoice(offered) }
        return outcome
    }

    /// `/kpis [TERMS]`: searches the catalog; with no terms, lists its categories.
    func searchKPIs(_ terms: String) -> Outcome { Outcome(kpis.search(terms)) }
}
