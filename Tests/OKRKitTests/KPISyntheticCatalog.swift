import OKRKit

/// A large made-up catalog for measuring the suggester's speed: deterministic, built from a small vocabulary so
/// terms repeat across entries as real ones do. Lives in the tests (and benches), never in the product.
enum KPISyntheticCatalog {
    static let vocabulary = [
        "revenue", "customer", "churn", "retention", "order", "ticket", "response", "time", "rate", "cost", "lead",
        "pipeline", "deal", "employee", "hire", "uptime", "latency", "error", "deploy", "inventory", "supplier",
        "defect", "margin", "cash", "growth", "conversion", "email", "traffic", "session", "activation", "feature",
        "cart", "return", "refund", "shipping", "warehouse", "quality", "yield", "scrap", "incident", "backlog",
        "satisfaction", "promoter", "engagement", "training", "absence", "offer", "pay", "budget", "forecast",
    ]

    /// `count` entries in 12 categories, each with a name, aliases, keywords and a definition.
    static func make(count: Int) -> KPICatalog {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func words(_ n: Int) -> String { (0..<n).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ") }
        let categories = (0..<12).map { KPICategory(id: "category-\($0)", name: "Category \($0) \(words(2))") }
        let kpis = (0..<count).map { index in
            KPI(
                id: "kpi-\(index)", name: words(3).capitalized, aliases: [words(2), "K\(index)X"],
                category: "category-\(index % 12)", definition: words(12), unit: "%", direction: .higherIsBetter,
                cadence: .monthly, keywords: (0..<6).map { _ in words(2) },
                counterMetrics: index > 0 ? ["kpi-\(next(index))"] : [])
        }
        return KPICatalog(categories: categories, kpis: kpis, synonyms: [["revenue", "sales"], ["employee", "staff"]])
    }
}
