import Foundation
import OKRKit
import Testing

struct KPIWatchListTests {
    @Test func gathersEachLinkedKPIOnceByCadenceWithItsKeyResults() {
        let first = KeyResult(text: "Reduce churn to 2%", kpis: ["customer-churn-rate", "uptime", "gone-kpi"])
        let second = KeyResult(text: "Cut MTTR to 20 minutes", kpis: ["mean-time-to-recovery", "uptime", "uptime"])
        let session = Session(name: "team", createdAt: Date(timeIntervalSince1970: 0), objectives: [
            Objective(text: "Keep customers", keyResults: [first]), Objective(text: "Be reliable", keyResults: [second]),
        ])
        let list = KPIWatchList(session: session, catalog: KPIFixtures.catalog)
        #expect(list.items.map(\.kpi.id) == ["uptime", "mean-time-to-recovery", "customer-churn-rate"])
        #expect(list.items.map(\.cadence) == [.daily, .weekly, .monthly])
        #expect(list.items.first?.keyResults == [first.id, second.id])
        #expect(list.unknownIDs == ["gone-kpi"])
    }
}
