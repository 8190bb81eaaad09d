import Foundation
import OKRKit

/// The KPI catalog as the conversation uses it: numbered offers of KPIs to watch beside key results, linking the
/// ones chosen, searching, and the session's watch list. The catalog is loaded on first use, so start-up stays
/// fast; problems in a company catalog are kept to be reported once, never thrown.
final class KPIDesk {
    let book: PromptBook
    private let load: @Sendable () -> CatalogLoad
    private lazy var loaded: CatalogLoad = load()
    private lazy var suggester = KPISuggester(catalog: loaded.catalog)

    /// A desk over the catalog `load` gives when first needed.
    init(book: PromptBook, load: @escaping @Sendable () -> CatalogLoad) {
        self.book = book
        self.load = load
    }

    /// The loaded catalog.
    var catalog: KPICatalog { loaded.catalog }

    /// A numbered offer: which key result, which KPI, and how it reads in the list.
    struct Offer {
        var choice: KPIChoice
        var row: Reply.Row
    }

    /// Up to five KPIs for an objective's key results (only the one at `k` when given), best first, each once,
    /// leaving out those already linked; numbered for choosing. `checked` are the key results as a check has just
    /// read them, in order, when it has, so no sentence is read again.
    func offers(for objective: Objective, only k: Int? = nil, checked: [KeyResultReport]? = nil) -> [Offer] {
        var seen: Set<String> = []
        var picked: [(Int, Suggestion)] = []
        let indices = k.map { [$0] } ?? Array(objective.keyResults.indices)
        let perKeyResult = indices.count == 1 ? 5 : 2
        for index in indices {
            let keyResult = objective.keyResults[index]
            var taken = 0
            let limit = perKeyResult + 2
            let suggestions = if let report = checked?.first(where: { $0.keyResult.id == keyResult.id }) {
                suggester.suggest(report, objective: objective.text, limit: limit)
            } else {
                suggester.suggest(keyResult: keyResult.text, objective: objective.text, limit: limit)
            }
            for suggestion in suggestions
            where !seen.contains(suggestion.kpi.id) && !keyResult.kpis.contains(suggestion.kpi.id) {
                if taken == perKeyResult { break }
                taken += 1
                seen.insert(suggestion.kpi.id)
                picked.append((index, suggestion))
            }
        }
        return picked.prefix(5).enumerated().map { number, pick in
            let (index, suggestion) = pick
            return Offer(
                choice: KPIChoice(keyResult: objective.keyResults[index].id, kpi: suggestion.kpi.id),
                row: Reply.Row("\(number + 1). \(suggestion.kpi.name)", book.text(CoachPrompt.suggestionRow, [
                    "ref": "KR\(index + 1)", "reason": book.reason(for: suggestion, in: catalog),
                ])))
        }
    }

    /// Whether some catalog KPI measures a key result, linked to it or not.
    func isMeasured(_ keyResult: KeyResult, in objective: Objective) -> Bool {
        !suggester.suggest(keyResult: keyResult.text, objective: objective.text, limit: 1).isEmpty
    }

    /// Links the KPIs whose numbers were typed ("1 3") to their key results, wherever those are now; choices
    /// for key results deleted since the offer are left out. "no", "skip" or nothing links none.
    func link(_ line: String, choices: [KPIChoice], in session: inout Session) throws(Refusal) -> [Reply] {
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
            let kpi = catalog.kpi(id: choice.kpi)
            names.append("\(kpi?.name ?? choice.kpi) (\(kpi?.cadence.rawValue ?? "") → \(Reference.keyResult(o, k)))")
        }
        guard !names.isEmpty else { return [.warning(book.text(GuidePrompt.kpiChoicesGone))] }
        return [.success(book.text(GuidePrompt.kpisLinked, ["kpis": names.joined(separator: ", ")]))]
    }

    /// `/kpis [TERMS]`: searches the catalog; with no terms, lists its categories.
    func search(_ terms: String) -> [Reply] {
        guard !terms.isEmpty else {
            let rows = catalog.categories.map { category in
                Reply.Row(category.id, "\(category.name): \(catalog.kpis(inCategory: category.id).count)")
            }
            return problems() + [.say(book.text(CoachPrompt.kpisCategories, ["count": "\(catalog.kpis.count)"])), .rows(rows)]
        }
        let results = suggester.search(terms, limit: 8)
        guard !results.isEmpty else { return [.say(book.text(SuggestionPrompt.noMatch, ["terms": terms]))] }
        let rows = results.map { result in
            Reply.Row(result.kpi.name, "\(result.kpi.id) · \(result.kpi.cadence.rawValue) · \(result.kpi.definition)")
        }
        return problems() + [.rows(rows)]
    }

    /// The session's watch list: each linked KPI once, with its cadence and the key results it watches over.
    func watchList(of session: Session) -> [Reply] {
        guard session.objectives.contains(where: { $0.keyResults.contains { !$0.kpis.isEmpty } }) else { return [] }
        let list = KPIWatchList(session: session, catalog: catalog)
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

    /// Problems in a company catalog, said once, when the catalog is first used; the built-in one still works.
    func problems() -> [Reply] {
        defer { loaded.problems = [] }
        return loaded.problems.map { .warning("\($0)") }
    }
}
