/// A KPI catalog file that cannot be used, naming the file, the entry and the field at fault.
///
/// Reads as "kpis.yaml: entry 12 (customer-churn-rate): field 'direction' must be one of higher-is-better,
/// lower-is-better, target-range".
public struct CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as the person named it, or "kpis.yaml" for the built-in catalog.
    public var file: String
    /// The line in the file, for problems that are not about one entry (YAML syntax).
    public var line: Int?
    /// The item at fault: "entry 12 (customer-churn-rate)", "category 3 (sales)", "synonym group 2".
    public var item: String?
    /// The field at fault inside the item.
    public var field: String?
    /// What is wrong.
    public var problem: String

    /// An error at a place in a catalog file.
    public init(file: String, line: Int? = nil, item: String? = nil, field: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.item = item
        self.field = field
        self.problem = problem
    }

    /// "file: item: field 'name' problem", as shown to the person.
    public var description: String {
        var parts = [line.map { "\(file):\($0)" } ?? file]
        if let item { parts.append(item) }
        parts.append(field.map { "field '\($0)' \(problem)" } ?? problem)
        return parts.joined(separator: ": ")
    }
}
