import Foundation
import OKRKit

/// KPIs beside key results: `/kpis` searches the catalog, `/suggest` offers the ones to watch, and chosen ones
/// are linked to their key result by id.
extension Coach {
    /// A numbered offer: which key result, which KPI, and how it reads in the list.
    struct Choice {
        var choice: KPIChoice
        var row: Reply.Row
    }

    /// Up to five KPIs for an objective's key results, best first, each once; numbered for choosing.
    func suggestionChoices(for objective: Objective, only k: Int? = nil) -> [Choice] {
        var seen: Set<String> = []
        var picked: [(Int, Suggestion)] = []
        let indices = k.map { [$0] } ?? Array(objective.keyResults.indices)
        let perKeyResult = indices.count == 1 ? 5 : 2
        for index in indices {
            let keyResult = objective.keyResults[index]
            for suggestion in suggester.suggest(keyResult: keyResult.text, objective: objective.text, limit: perKeyResult + 2)
            where !seen.contains(suggestion.kpi.id) && !keyResult.kpis.contains(suggestion.kpi.id) {
                if picked.filter({ $0.0 == index }).count == perKeyResult { break }
                seen.insert(suggestion.kpi.id)
                picked.append((index, suggestion))
            }
        }
        return picked.prefix(5).enumerated().map { number, pick in
            let (index, suggestion) = pick
            return Choice(
                choice: KPIChoice(keyResult: objective.keyResults[index].id, kpi: suggestion.kpi.id),
                row: Reply.Row("\(number + 1). \(suggestion.kpi.name)", book.text(CoachPrompt.suggestionRow, [
                    "ref": "KR\(index + 1)", "reason": book.reason(for: suggestion, in: catalogLoad.catalog),
                ])))
        }
    }

    /// Links the KPIs whose numbers were typed ("1 3") to their key results, wherever those are now; choices
    /// for key results deleted since the offer are left out.
    func linkChosen(_ line: String, choices: [KPIChoice], in session: inout Session) throws(Refusal) -> [Reply] {
        guard !line.isEmpty, !["no", "n", "skip", "none", "done", "ok"].contains(line.lowercased()) else {
            return [.say(book.text(GuidePrompt.kpisSkipped))]
        }
        let numbers = line.split { !$0.isNumber }.compactMap { Int($0) }
        guard !numbers.isEmpty, numbers.allSatisfy({ choices.indices.contains($0 - 1) }) else {
            throw Refusal(reply: .error(book.text(GuidePrompt.kpiChoiceUnreadable)))
        }
        var names: [String] = []
        for number in numbers {
            let choice = choices[number - 1]
            guard let (o, k) = DraftStep.Place.find(keyResult: choice.keyResultID, in: session.objectives) else { continue }
            if !session.objectives[o].keyResults[k].kpis.contains(choice.kpi) {
                session.objectives[o].keyResults[k].kpis.append(choice.kpi)
            }
            let kpi = catalogLoad.catalog.kpi(id: choice.kpi)
            names.append("\(kpi?.name ?? choice.kpi) (\(kpi?.cadence.rawValue ?? "") → \(Reference.keyResult(o, k)))")
        }
        guard !names.isEmpty else { return [.warning(book.text(GuidePrompt.kpiChoicesGone))] }
        return [.success(book.text(GuidePrompt.kpisLinked, ["kpis": names.joined(separator: ", ")]))]
    }

    /// `/suggest [REF]`: KPIs for a key result (the current objective's latest by default), to link by number.
    func suggest(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        let objectives = open.session.objectives
        let ref: Reference?
        if argument.isEmpty {
            ref = open.focus.flatMap { o in objectives[o].keyResults.indices.last.map { Reference.keyResult(o, $0) } }
        } else {
            ref = Reference.parse(argument, current: open.focus)
        }
        guard let ref, case .keyResult(let o, let k) = ref, ref.exists(in: objectives) else {
            return Outcome([.error(argument.isEmpty ? book.text(CoachPrompt.suggestNeedsKeyResult) : noSuchReference(argument))])
        }
        let choices = suggestionChoices(for: objectives[o], only: k)
        guard !choices.isEmpty else { return Outcome([.say(book.text(CoachPrompt.suggestNothing, ["ref": ref.description]))]) }
        awaiting = .kpiChoice(choices.map(\.choice))
        return Outcome(catalogProblems() + [
            .say(book.text(GuidePrompt.suggestHeader, ["ref": ref.description])), .rows(choices.map(\.row)),
            .say(book.text(GuidePrompt.askKPIs)),
        ])
    }

    /// The answer to a `/suggest` offer; an answer that names no listed number asks again.
    func chooseSuggested(_ line: String, offered: [KPIChoice]) -> Outcome {
        var refused = false
        let outcome = change { (session, _) throws(Refusal) in
            do throws(Refusal) {
                return try linkChosen(line, choices: offered, in: &session)
            } catch {
                refused = true
                throw error
            }
        }
        if refused { awaiting = .kpiChoice(offered) }
        return outcome
    }

    /// `/kpis [TERMS]`: searches the catalog; with no terms, lists its categories.
    func searchKPIs(_ terms: String) -> Outcome {
        let catalog = catalogLoad.catalog
        guard !terms.isEmpty else {
            let rows = catalog.categories.map { category in
                Reply.Row(category.id, "\(category.name): \(catalog.kpis(inCategory: category.id).count)")
            }
            return Outcome(catalogProblems() + [.say(book.text(CoachPrompt.kpisCategories, ["count": "\(catalog.kpis.count)"])), .rows(rows)])
        }
        let results = suggester.search(terms, limit: 8)
        guard !results.isEmpty else { return Outcome([.say(book.text(SuggestionPrompt.noMatch, ["terms": terms]))]) }
        let rows = results.map { result in
            Reply.Row(result.kpi.name, "\(result.kpi.id) · \(result.kpi.cadence.rawValue) · \(result.kpi.definition)")
        }
        return Outcome(catalogProblems() + [.rows(rows)])
    }

    /// The session's watch list: each linked KPI once, with its cadence and the key results it watches over.
    func watchList(of session: Session) -> [Reply] {
        guard session.objectives.contains(where: { $0.keyResults.contains { !$0.kpis.isEmpty } }) else { return [] }
        let list = KPIWatchList(session: session, catalog: catalogLoad.catalog)
        let references = Dictionary(uniqueKeysWithValues: Reference.all(in: session.objectives).compactMap { ref in
            guard case .keyResult(let o, let k) = ref else { return nil as (UUID, String)? }
            return (session.objectives[o].keyResults[k].id, ref.description)
        })
        let rows = list.items.map { item in
            Reply.Row(item.kpi.name, book.text(CoachPrompt.watchRow, [
                "cadence": book.text(SuggestionPrompt.cadence(item.cadence)),
                "refs": item.keyResults.compactMap { references[$0] }.joined(separator: ", "),
            ]))
        } + list.unknownIDs.map { Reply.Row($0, book.text(CoachPrompt.watchUnknown)) }
        return [.say(book.text(CoachPrompt.watchHeader)), .rows(rows)]
    }

    /// Problems in a company catalog, shown once when the catalog is first used; the built-in one still works.
    func catalogProblems() -> [Reply] {
        defer { catalogLoad.problems = [] }
        return catalogLoad.problems.map { .warning("\($0)") }
    }
}
