import CoachKit
import OKRKit
import Testing

/// The KPIs the issue names are in the shipped catalog, and searching for each by its usual name finds it first.
@Suite struct CatalogCoverageTests {
    static let named: [(search: String, id: String)] = [
        ("revenue growth", "revenue-growth-rate"), ("gross margin", "gross-margin"), ("net margin", "net-profit-margin"),
        ("EBITDA", "ebitda"), ("cash burn", "cash-burn-rate"), ("runway", "cash-runway"), ("MRR", "monthly-recurring-revenue"),
        ("ARR", "annual-recurring-revenue"), ("net revenue retention", "net-revenue-retention"),
        ("gross revenue retention", "gross-revenue-retention"), ("customer churn", "customer-churn-rate"),
        ("revenue churn", "revenue-churn-rate"), ("ARPU", "average-revenue-per-user"), ("LTV", "customer-lifetime-value"),
        ("CAC", "customer-acquisition-cost"), ("CAC payback", "cac-payback-period"), ("LTV:CAC", "ltv-to-cac-ratio"),
        ("pipeline", "pipeline-value"), ("bookings", "bookings"), ("win rate", "win-rate"),
        ("sales cycle length", "sales-cycle-length"), ("average deal size", "average-deal-size"), ("CTR", "click-through-rate"),
        ("cost per lead", "cost-per-lead"), ("MQLs", "marketing-qualified-leads"), ("SQLs", "sales-qualified-leads"),
        ("website traffic", "website-traffic"), ("bounce rate", "bounce-rate"), ("email open rate", "email-open-rate"),
        ("social followers", "social-media-followers"), ("NPS", "net-promoter-score"), ("CSAT", "customer-satisfaction-score"),
        ("CES", "customer-effort-score"), ("customer retention", "customer-retention-rate"),
        ("repeat purchase rate", "repeat-purchase-rate"), ("market share", "market-share"),
        ("first response time", "first-response-time"), ("resolution time", "average-resolution-time"),
        ("first contact resolution", "first-contact-resolution"), ("average handle time", "average-handle-time"),
        ("ticket backlog", "ticket-backlog"), ("DAU", "daily-active-users"), ("MAU", "monthly-active-users"),
        ("stickiness", "dau-mau-ratio"), ("activation rate", "activation-rate"), ("feature adoption", "feature-adoption-rate"),
        ("time to value", "time-to-value"), ("average order value", "average-order-value"),
        ("cart abandonment", "cart-abandonment-rate"), ("deployment frequency", "deployment-frequency"),
        ("lead time for changes", "lead-time-for-changes"), ("change failure rate", "change-failure-rate"),
        ("MTTR", "mean-time-to-recovery"), ("uptime", "uptime"), ("error rate", "error-rate"), ("p95 latency", "p95-latency"),
        ("escaped defects", "escaped-defects"), ("eNPS", "employee-net-promoter-score"),
        ("employee engagement", "employee-engagement-score"), ("voluntary attrition", "voluntary-attrition-rate"),
        ("time to hire", "time-to-hire"), ("offer acceptance rate", "offer-acceptance-rate"), ("absenteeism", "absenteeism-rate"),
        ("revenue per employee", "revenue-per-employee"), ("on-time delivery", "on-time-delivery-rate"),
        ("inventory turnover", "inventory-turnover"), ("OEE", "overall-equipment-effectiveness"),
        ("order cycle time", "order-cycle-time"),
    ]

    @Test func everyNamedKPIIsFoundFirstByItsName() throws {
        let suggester = KPISuggester(catalog: try CatalogLoader.builtIn())
        for (search, id) in Self.named {
            #expect(suggester.search(search, limit: 1).first?.kpi.id == id, "searching \"\(search)\"")
        }
    }
}
