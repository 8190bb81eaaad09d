/// Which way a KPI should move to be good.
public enum KPIDirection: String, Codable, CaseIterable, Sendable {
    case higherIsBetter = "higher-is-better"
    case lowerIsBetter = "lower-is-better"
    case targetRange = "target-range"
}
