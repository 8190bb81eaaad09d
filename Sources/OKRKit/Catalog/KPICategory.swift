/// A family of KPIs, such as "support" or "recurring revenue (SaaS)".
public struct KPICategory: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable kebab-case id that entries refer to.
    public var id: String
    /// The name people read.
    public var name: String
    /// What the family covers.
    public var description: String

    /// A category with its id, name and description.
    public init(id: String, name: String, description: String = "") {
        self.id = id
        self.name = name
        self.description = description
    }
}
