import Testing
@testable import OKRKit

struct KPICatalogTests {
    @Test func anOverlayReplacesEntriesByIdInPlaceAndAppendsNewOnes() throws {
        let base = KPIFixtures.catalog
        let renamed = KPIFixtures.kpi("uptime", "Service availability", "ops", cadence: .weekly)
        let added = KPIFixtures.kpi("pallets-shipped", "Pallets shipped", "warehouse")
        let overlay = KPICatalog(
            categories: [KPICategory(id: "warehouse", name: "Warehouse")], kpis: [renamed, added],
            synonyms: [["pallets", "skids"]])
        let merged = base.overlaid(with: overlay)
        #expect(merged.kpis.count == base.kpis.count + 1)
        #expect(merged.kpi(id: "uptime")?.name == "Service availability")
        #expect(merged.kpis.firstIndex { $0.id == "uptime" } == base.kpis.firstIndex { $0.id == "uptime" })
        #expect(merged.kpis.last?.id == "pallets-shipped")
        #expect(merged.category(id: "warehouse")?.name == "Warehouse")
        #expect(merged.problems().isEmpty)
        let suggester = KPISuggester(catalog: merged)
        #expect(suggester.suggest(keyResult: "Ship 500 skids a day").first?.kpi.id == "pallets-shipped")
    }

    @Test func problemsNameUnknownCounterMetricsAndCategories() {
        let broken = KPIFixtures.catalog.overlaid(with: KPICatalog(kpis: [
            KPIFixtures.kpi("widget-yield", "Widget yield", "factory", counters: ["scrap-rate", "widget-yield"]),
        ]))
        #expect(broken.problems() == [
            .unknownCategory(kpi: "widget-yield", category: "factory"),
            .unknownCounterMetric(kpi: "widget-yield", counterMetric: "scrap-rate"),
            .unknownCounterMetric(kpi: "widget-yield", counterMetric: "widget-yield"),
        ])
        #expect(KPIFixtures.catalog.problems().isEmpty)
    }

    @Test func aRepeatedIdKeepsTheLastEntry() {
        let catalog = KPICatalog(kpis: [
            KPIFixtures.kpi("uptime", "Old", "ops"), KPIFixtures.kpi("uptime", "New", "ops"),
        ])
        #expect(catalog.kpis.map(\.name) == ["New"])
    }

    @Test func kpisOfOneCategoryKeepCatalogOrder() {
        #expect(KPIFixtures.catalog.kpis(inCategory: "people").map(\.id)
            == ["employee-attrition", "employee-net-promoter-score", "time-to-hire"])
    }
}
