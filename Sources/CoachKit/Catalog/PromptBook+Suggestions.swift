import OKRKit

/// The sentences that explain suggestions.
extension PromptBook {
    /// Why a KPI is suggested, as one sentence: "your key result measures churn; watch it monthly".
    public func reason(for suggestion: Suggestion, in catalog: KPICatalog) -> String {
        let reason = suggestion.reason
        let kpi = suggestion.kpi
        let cadence = text(SuggestionPrompt.cadence(reason.cadence))
        switch reason.role {
        case .ownMetric:
            let metric = reason.matchedTerms.isEmpty ? kpi.name : reason.matchedTerms.joined(separator: ", ")
            return text(SuggestionPrompt.ownMetric, ["metric": metric, "kpi": kpi.name, "cadence": cadence])
        case .counterMetric(let id):
            let of = catalog.kpi(id: id)?.name ?? id
            return text(SuggestionPrompt.counterMetric, ["of": of, "kpi": kpi.name, "cadence": cadence])
        case .related where reason.matchedTerms.isEmpty:
            let terms = reason.contextTerms.joined(separator: ", ")
            return text(SuggestionPrompt.context, ["terms": terms, "kpi": kpi.name, "cadence": cadence])
        case .related:
            let terms = reason.matchedTerms.joined(separator: ", ")
            return text(SuggestionPrompt.related, ["terms": terms, "kpi": kpi.name, "cadence": cadence])
        }
    }

    /// Why a search result matched: "matches response time".
    public func searchReason(for result: Suggestion) -> String {
        text(SuggestionPrompt.searchMatch, ["terms": result.reason.matchedTerms.joined(separator: ", "), "kpi": result.kpi.name])
    }
}
