/// A key performance indicator: a health metric a team watches on a cadence, as described in the catalog.
public struct KPI: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable kebab-case id: "customer-churn-rate".
    public var id: String
    /// The name people read: "Customer churn rate".
    public var name: String
    /// Abbreviations and other names: "NPS", "logo churn".
    public var aliases: [String]
    /// The id of the `KPICategory` it belongs to.
    public var category: String
    /// One sentence saying what it measures.
    public var definition: String
    /// How it is computed, in words.
    public var formula: String
    /// "%", "currency", "days", "count", "ratio", ...
    public var unit: String
    /// Which way is good.
    public var direction: KPIDirection
    /// How often it is worth looking at.
    public var cadence: KPICadence
    /// Whether it is a rate between 0 and 100%.
    public var bounded: Bool
    /// The words people use when they mean it.
    public var keywords: [String]
    /// Ids of KPIs that keep it honest: a gain here should not cost those.
    public var counterMetrics: [String]

    /// A KPI with every field given; lists default to empty.
    public init(
        id: String, name: String, aliases: [String] = [], category: String, definition: String, formula: String = "",
        unit: String, direction: KPIDirection, cadence: KPICadence, bounded: Bool = false, keywords: [String] = [],
        counterMetrics: [String] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.category = category
        self.definition = definition
        self.formula = formula
        self.unit = unit
        self.direction = direction
        self.cadence = cadence
        self.bounded = bounded
        self.keywords = keywords
        self.counterMetrics = counterMetrics
    }
}
