import Testing
import OKRKit

/// Informal timing of suggestions: the limits are the product's in release builds, and generous in debug builds.
struct KPISuggesterSpeedTests {
    #if DEBUG
    static let slowdown = 20.0
    #else
    static let slowdown = 1.0
    #endif

    static let keyResults = [
        "Reduce average response time to customer tickets by 40%", "Grow revenue from $10M to $14M",
        "Cut supplier defect rate below 0.5%", "Raise employee engagement to 80% by Q3",
        "Lift trial conversion and email traffic", "Keep uptime above 99.95% while latency stays under 200ms",
    ]

    /// The median time of one suggestion, in milliseconds.
    static func medianMilliseconds(_ suggester: KPISuggester) -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<5 {
            for keyResult in keyResults {
                let elapsed = clock.measure {
                    _ = suggester.suggest(keyResult: keyResult, objective: "Delight our customers", limit: 5)
                }
                times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            }
        }
        return times.sorted()[times.count / 2]
    }

    @Test func tenThousandEntriesAnswerWithinTenMilliseconds() {
        let catalog = KPISyntheticCatalog.make(count: 10_000)
        #expect(catalog.kpis.count == 10_000)
        #expect(catalog.problems().isEmpty)
        let suggester = KPISuggester(catalog: catalog)
        let median = Self.medianMilliseconds(suggester)
        print("KPISuggester over 10,000 entries: median \(median) ms per suggestion")
        #expect(median < 10 * Self.slowdown)
        #expect(!suggester.suggest(keyResult: "Reduce churn and refunds").isEmpty)
    }
}
