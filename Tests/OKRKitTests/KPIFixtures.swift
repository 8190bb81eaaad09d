import OKRKit

/// A small hand-written catalog for tests, independent of the shipped one.
enum KPIFixtures {
    static func kpi(
        _ id: String, _ name: String, _ category: String, aliases: [String] = [], keywords: [String] = [],
        definition: String = "", direction: KPIDirection = .higherIsBetter, cadence: KPICadence = .monthly,
        counters: [String] = []
    ) -> KPI {
        KPI(
            id: id, name: name, aliases: aliases, category: category, definition: definition, unit: "%",
            direction: direction, cadence: cadence, keywords: keywords, counterMetrics: counters)
    }

    static let categories = [
        KPICategory(id: "finance", name: "Finance"), KPICategory(id: "saas", name: "Recurring revenue"),
        KPICategory(id: "support", name: "Support"), KPICategory(id: "product", name: "Product"),
        KPICategory(id: "people", name: "People"), KPICategory(id: "marketing", name: "Marketing"),
        KPICategory(id: "ops", name: "Reliability"),
    ]

    static let catalog = KPICatalog(
        categories: categories,
        kpis: [
            kpi("revenue-growth", "Revenue growth", "finance", aliases: ["sales growth"],
                keywords: ["growth", "top line growth"], definition: "How much revenue rose against the prior period."),
            kpi("gross-margin", "Gross margin", "finance", keywords: ["margin", "cost of goods"],
                definition: "Revenue left after direct costs."),
            kpi("monthly-recurring-revenue", "Monthly recurring revenue", "saas", aliases: ["MRR"],
                keywords: ["subscription revenue", "recurring revenue"], definition: "Subscription revenue billed each month.",
                counters: ["customer-churn-rate"]),
            kpi("customer-churn-rate", "Customer churn rate", "saas", aliases: ["logo churn", "churn rate"],
                keywords: ["cancellations", "lost customers", "churn"], definition: "Share of customers who cancel.",
                direction: .lowerIsBetter, counters: ["net-revenue-retention"]),
            kpi("net-revenue-retention", "Net revenue retention", "saas", aliases: ["NRR", "net dollar retention"],
                keywords: ["expansion", "retention"], definition: "Revenue kept from existing customers, with expansion."),
            kpi("customer-acquisition-cost", "Customer acquisition cost", "marketing", aliases: ["CAC"],
                keywords: ["cost to acquire", "acquisition spend"], definition: "Sales and marketing spend per new customer.",
                direction: .lowerIsBetter, counters: ["lead-conversion-rate"]),
            kpi("lead-conversion-rate", "Lead conversion rate", "marketing", keywords: ["conversion", "leads converted"],
                definition: "Share of leads that become customers."),
            kpi("sign-up-rate", "Sign-up rate", "marketing", aliases: ["registration rate"],
                keywords: ["sign-ups", "new accounts"], definition: "Share of visitors who create an account."),
            kpi("email-open-rate", "Email open rate", "marketing", keywords: ["newsletter opens", "open rate"],
                definition: "Share of delivered emails that are opened."),
            kpi("net-promoter-score", "Net promoter score", "product", aliases: ["NPS"],
                keywords: ["recommend", "promoters", "detractors"], definition: "Promoters minus detractors."),
            kpi("first-response-time", "First response time", "support", aliases: ["FRT", "response time"],
                keywords: ["reply time", "time to first reply"], definition: "Time until a customer hears back.",
                direction: .lowerIsBetter, cadence: .weekly, counters: ["customer-satisfaction"]),
            kpi("average-handle-time", "Average handle time", "support", aliases: ["AHT"],
                keywords: ["call duration", "handling time"], definition: "Time an agent spends on one contact.",
                direction: .lowerIsBetter, cadence: .weekly, counters: ["customer-satisfaction", "first-contact-resolution"]),
            kpi("first-contact-resolution", "First contact resolution", "support", aliases: ["FCR"],
                keywords: ["resolved first time", "one touch resolution"], definition: "Share of issues solved on the first contact.",
                cadence: .weekly),
            kpi("customer-satisfaction", "Customer satisfaction score", "support", aliases: ["CSAT"],
                keywords: ["satisfaction", "happy customers", "ratings"], definition: "Share of customers rating us 4 or 5.",
                cadence: .weekly),
            kpi("daily-active-users", "Daily active users", "product", aliases: ["DAU"],
                keywords: ["active users", "usage"], definition: "Distinct people using the product each day.", cadence: .daily),
            kpi("activation-rate", "Activation rate", "product", keywords: ["activated accounts", "aha moment"],
                definition: "Share of new sign-ups who reach the first value moment."),
            kpi("employee-attrition", "Voluntary employee attrition", "people", aliases: ["staff turnover"],
                keywords: ["resignations", "people leaving", "quit"], definition: "Share of employees who leave by choice.",
                direction: .lowerIsBetter, cadence: .quarterly),
            kpi("employee-net-promoter-score", "Employee net promoter score", "people", aliases: ["eNPS"],
                keywords: ["employee loyalty", "recommend as a place to work"], definition: "Employees who would recommend working here.",
                cadence: .quarterly),
            kpi("time-to-hire", "Time to hire", "people", keywords: ["hiring speed", "days to fill"],
                definition: "Days from opening a role to an accepted offer.", direction: .lowerIsBetter),
            kpi("uptime", "Uptime", "ops", aliases: ["availability"], keywords: ["downtime", "service availability", "SLA"],
                definition: "Share of time the service is available.", cadence: .daily),
            kpi("mean-time-to-recovery", "Mean time to recovery", "ops", aliases: ["MTTR", "time to restore"],
                keywords: ["outage duration", "incident recovery"], definition: "Average time to restore service after an incident.",
                direction: .lowerIsBetter, cadence: .weekly, counters: ["uptime"]),
        ],
        synonyms: [
            ["sign-ups", "registrations", "sign ups"], ["customers", "clients"], ["revenue", "sales"],
            ["employees", "staff", "people"], ["churn", "cancellations"], ["respond", "response", "reply"],
        ])
}
