/// What a key result measures, which decides how its check-ins turn into progress.
///
/// Read from the sentence (`Measurement.read`) unless the person set it (`KeyResult.measure`).
public enum Measure: String, Codable, CaseIterable, Sendable {
    /// From a baseline up to a target: "Raise NPS from 45 to 70".
    case increase
    /// From a baseline down to a target: "Cut churn from 3% to 2%".
    case decrease
    /// A count or amount earned within the cycle, from 0: "Sign 12 new customers".
    case achieve
    /// A floor to hold: "Keep uptime at or above 99.9%".
    case atLeast = "at-least"
    /// A ceiling to hold: "No more than 2 P1 incidents a month".
    case atMost = "at-most"
    /// Done or not done: "SOC 2 Type II report issued by June 30".
    case milestone

    /// Whether the key result holds a level rather than moving toward a target.
    public var isLevel: Bool { self == .atLeast || self == .atMost }
}
