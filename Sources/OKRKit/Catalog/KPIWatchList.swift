import Foundation

/// The KPIs a session watches: each KPI linked to any of its key results, once, with how often to look at it and
/// the key results it supports. Ordered by cadence (daily first), then name.
public struct KPIWatchList: Equatable, Sendable {
    /// One watched KPI.
    public struct Item: Equatable, Sendable {
        /// The catalog entry.
        public var kpi: KPI
        /// The key results it is linked to, in session order.
        public var keyResults: [UUID]
        /// How often to look at it.
        public var cadence: KPICadence { kpi.cadence }
    }

    /// The watched KPIs.
    public private(set) var items: [Item] = []
    /// Linked ids the catalog does not hold (a company catalog that was removed, say), in session order.
    public private(set) var unknownIDs: [String] = []

    /// The watch list of `session`, with entries looked up in `catalog`.
    public init(session: Session, catalog: KPICatalog) {
        var byID: [String: Item] = [:]
        var order: [String] = []
        for keyResult in session.objectives.flatMap(\.keyResults) {
            for id in keyResult.kpis {
                guard let kpi = catalog.kpi(id: id) else {
                    if !unknownIDs.contains(id) { unknownIDs.append(id) }
                    continue
                }
                if byID[id] == nil {
                    byID[id] = Item(kpi: kpi, keyResults: [])
                    order.append(id)
                }
                if byID[id]?.keyResults.contains(keyResult.id) == false { byID[id]?.keyResults.append(keyResult.id) }
            }
        }
        let cadences = KPICadence.allCases
        items = order.compactMap { byID[$0] }.sorted {
            let left = cadences.firstIndex(of: $0.cadence) ?? 0, right = cadences.firstIndex(of: $1.cadence) ?? 0
            return (left, $0.kpi.name) < (right, $1.kpi.name)
        }
    }
}
