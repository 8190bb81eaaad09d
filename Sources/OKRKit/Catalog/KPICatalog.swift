/// The KPIs the coach knows, grouped in categories, with the synonym groups its suggester uses.
///
/// A company's catalog is laid over the built-in one with `overlaid(with:)`: entries and categories with an id
/// already present replace it in place, new ones are appended, synonym groups are added.
public struct KPICatalog: Equatable, Sendable {
    /// The categories, in catalog order.
    public private(set) var categories: [KPICategory]
    /// The entries, in catalog order.
    public private(set) var kpis: [KPI]
    /// Groups of words or phrases that mean the same to a reader: ["sign-ups", "registrations"].
    public private(set) var synonyms: [[String]]
    private var positions: [String: Int]

    /// A catalog of the given categories, entries and synonym groups. A repeated id keeps its last entry.
    public init(categories: [KPICategory] = [], kpis: [KPI] = [], synonyms: [[String]] = []) {
        self.categories = []
        self.kpis = []
        self.synonyms = []
        self.positions = [:]
        for category in categories { upsert(category) }
        for kpi in kpis { upsert(kpi) }
        for group in synonyms { add(synonymGroup: group) }
    }

    /// The entry with this id, if any.
    public func kpi(id: String) -> KPI? {
        positions[id].map { kpis[$0] }
    }

    /// The category with this id, if any.
    public func category(id: String) -> KPICategory? {
        categories.first { $0.id == id }
    }

    /// The entries of one category, in catalog order.
    public func kpis(inCategory id: String) -> [KPI] {
        kpis.filter { $0.category == id }
    }

    /// This catalog with `overlay`'s categories and entries replacing those with the same id, and the rest added.
    public func overlaid(with overlay: KPICatalog) -> KPICatalog {
        var result = self
        for category in overlay.categories { result.upsert(category) }
        for kpi in overlay.kpis { result.upsert(kpi) }
        for group in overlay.synonyms { result.add(synonymGroup: group) }
        return result
    }

    /// What is inconsistent: counter-metrics and categories that name no known id.
    public func problems() -> [KPICatalogProblem] {
        let categoryIDs = Set(categories.map(\.id))
        var problems: [KPICatalogProblem] = []
        for kpi in kpis {
            if !categoryIDs.contains(kpi.category) {
                problems.append(.unknownCategory(kpi: kpi.id, category: kpi.category))
            }
            for counter in kpi.counterMetrics where positions[counter] == nil || counter == kpi.id {
                problems.append(.unknownCounterMetric(kpi: kpi.id, counterMetric: counter))
            }
        }
        return problems
    }

    private mutating func upsert(_ kpi: KPI) {
        if let position = positions[kpi.id] {
            kpis[position] = kpi
        } else {
            positions[kpi.id] = kpis.count
            kpis.append(kpi)
        }
    }

    private mutating func upsert(_ category: KPICategory) {
        if let position = categories.firstIndex(where: { $0.id == category.id }) {
            categories[position] = category
        } else {
            categories.append(category)
        }
    }

    private mutating func add(synonymGroup group: [String]) {
        guard group.count > 1, !synonyms.contains(group) else { return }
        synonyms.append(group)
    }
}

/// An inconsistency inside a catalog, found by `KPICatalog.problems()`.
public enum KPICatalogProblem: Equatable, Sendable {
    /// An entry lists a counter-metric id that is not in the catalog (or is itself).
    case unknownCounterMetric(kpi: String, counterMetric: String)
    /// An entry names a category id that is not in the catalog.
    case unknownCategory(kpi: String, category: String)

    /// The id of the entry at fault.
    public var kpi: String {
        switch self {
        case .unknownCounterMetric(let kpi, _), .unknownCategory(let kpi, _): kpi
        }
    }
}
