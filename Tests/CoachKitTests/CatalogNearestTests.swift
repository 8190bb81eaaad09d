import CoachKit
import Testing

@Suite struct CatalogNearestTests {
    @Test func aMistypedIdFindsTheIntendedOne() throws {
        let catalog = try CatalogLoader.builtIn()
        #expect(catalog.nearestIDs(to: "custmer-churn-rate").first == "customer-churn-rate")
        #expect(catalog.nearestIDs(to: "net promoter score").first == "net-promoter-score")
        #expect(catalog.nearestIDs(to: "churn").contains("customer-churn-rate"))
        #expect(catalog.nearestIDs(to: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").isEmpty)
    }
}
