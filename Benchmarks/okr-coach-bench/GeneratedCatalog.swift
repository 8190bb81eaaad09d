import OKRKit

/// A made-up KPI catalog of any size for the suggester figures: deterministic, drawn from a small vocabulary so
/// terms repeat across entries as they do in real catalogs.
enum GeneratedCatalog {
    static let terms = [
        "revenue", "customer", "churn", "retention", "order", "ticket", "response", "time", "rate", "cost", "lead",
        "pipeline", "deal", "employee", "hire", "uptime", "latency", "error", "deploy", "inventory", "supplier",
        "defect", "margin", "cash", "growth", "conversion", "email", "traffic", "session", "activation", "feature",
        "cart", "refund", "shipping", "warehouse", "quality", "incident", "backlog", "satisfaction", "engagement",
    ]

    /// `count` entries in 10 categories, each with a name, aliases, keywords and a definition.
    static func make(count: Int) -> KPICatalog {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func pick() -> String {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return terms[Int(state % UInt64(terms.count))]
        }
        func phrase(_ words: Int) -> String { (0..<words).map { _ in pick() }.joined(separator: " ") }
        let categories = (0..<10).map { KPICategory(id: "area-\($0)", name: "Area \($0) \(phrase(2))") }
        let kpis = (0..<count).map { n in
            KPI(
                id: "generated-\(n)", name: phrase(3).capitalized, aliases: [phrase(2)], category: "area-\(n % 10)",
                definition: phrase(10), unit: n % 2 == 0 ? "%" : "count",
                direction: n % 3 == 0 ? .lowerIsBetter : .higherIsBetter, cadence: .monthly,
                keywords: (0..<5).map { _ in phrase(2) })
        }
        return KPICatalog(categories: categories, kpis: kpis, synonyms: [["revenue", "sales"], ["employee", "staff"]])
    }
}
