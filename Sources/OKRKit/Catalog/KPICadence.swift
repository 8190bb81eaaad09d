/// How often a KPI is worth looking at.
public enum KPICadence: String, Codable, CaseIterable, Sendable {
    case daily
    case weekly
    case monthly
    case quarterly
}
