import OKRKit

extension KPICatalog {
    /// The known ids closest in spelling to `text`, by id or name, nearest first: for "did you mean" answers. A
    /// text far longer than every id and name is near none (see `EditDistance.mayBeNear`).
    public func nearestIDs(to text: String, limit: Int = 3) -> [String] {
        let wanted = text.lowercased()
        let longest = kpis.flatMap { [$0.id, $0.name] }.map(\.utf8.count).max() ?? 0
        guard EditDistance.mayBeNear(wanted, longest: longest, limit: 3) else { return [] }
        let letters = Array(wanted)
        let threshold = max(3, letters.count / 2)
        return kpis.map { kpi -> (id: String, distance: Int) in
            let contains = kpi.id.contains(wanted) || wanted.contains(kpi.id)
            let distance = min(
                EditDistance.between(letters, Array(kpi.id), limit: threshold),
                EditDistance.between(letters, Array(kpi.name.lowercased()), limit: threshold))
            return (kpi.id, contains ? 0 : distance)
        }
        .filter { $0.distance <= threshold }
        .sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }
        .prefix(limit).map(\.id)
    }
}
