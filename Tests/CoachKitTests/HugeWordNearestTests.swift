@testable import CoachKit
import Testing

/// A word far longer than every name is near none, however few characters it has: one letter with half a million
/// accents is a single character, and comparing it made a "did you mean" take seconds. Real typos still find theirs.
@Suite struct HugeWordNearestTests {
    /// One letter carrying 500,000 combining acute accents (a megabyte of UTF-8, one character).
    static let accented = "x" + String(repeating: "\u{301}", count: 500_000)

    @Test func aCommandFollowedByOneHugeCharacterSuggestsNothing() {
        #expect(CommandTable.nearest(to: "help" + Self.accented) == nil)
        #expect(CommandTable.find("help" + Self.accented) == nil)
        #expect(CommandTable.nearest(to: "hepl")?.name == "help")
    }

    @Test func anIdFollowedByOneHugeCharacterSuggestsNothing() throws {
        let catalog = try CatalogLoader.builtIn()
        #expect(catalog.nearestIDs(to: "customer-churn-rate" + Self.accented).isEmpty)
        #expect(catalog.nearestIDs(to: "custmer-churn-rate").first == "customer-churn-rate")
    }

    @Test func aSessionNameFollowedByOneHugeCharacterSuggestsNothing() {
        let names = ["team-q1", "team-q2"]
        #expect(EditDistance.closest(to: "team-q1" + Self.accented, among: names, within: 2, spellings: { [$0] }) == nil)
        #expect(EditDistance.closest(to: "taem-q1", among: names, within: 2, spellings: { [$0] })?.candidate == "team-q1")
    }
}
