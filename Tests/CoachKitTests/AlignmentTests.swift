import CoachKit
import Foundation
import OKRKit
import Testing

/// `/align` links survive what happens to either set later: a rename, a reorder, a deletion, a missing file.
@Suite struct AlignmentTests {
    /// A company set with two objectives and a sales set whose O1 supports company O2.KR1; the coach has sales open.
    private func workshop() throws -> (Coach, URL) {
        let (coach, home) = try makeCoach()
        for line in [
            "/new company", "none", "", "/objective Grow revenue from enterprise customers",
            "/kr Raise enterprise ARR from $2M to $3M by March 31", "/objective Make our customers love us",
            "/kr Raise NPS from 30 to 45 by March 31", "/new sales", "none", "",
            "/objective Win more enterprise deals in Europe", "/align O1 company:O2.KR1",
        ] { _ = coach.handle(line) }
        return (coach, home)
    }

    private func listed(_ coach: Coach) -> String {
        coach.handle("/list").replies.map(\.plainText).joined(separator: "\n")
    }

    @Test func theLinkIsStoredByIdAndShownInListAndCheck() throws {
        let (coach, _) = try workshop()
        let link = try #require(coach.current?.session.objectives[0].parent)
        #expect(link.sessionName == "company" && link.keyResultID != nil)
        #expect(listed(coach).contains("supports company:O2.KR1: Raise NPS from 30 to 45 by March 31"))
        let check = coach.handle("/check").replies.map(\.plainText).joined(separator: "\n")
        #expect(check.contains("supports company:O2.KR1: Raise NPS from 30 to 45 by March 31"))
    }

    @Test func reorderingAndRenamingTheParentSetKeepTheLink() throws {
        let (coach, _) = try workshop()
        for line in ["/open company", "/move O2 1", "/rename hq", "/open sales"] { _ = coach.handle(line) }
        #expect(listed(coach).contains("supports hq:O1.KR1: Raise NPS from 30 to 45 by March 31"))
    }

    @Test func deletingTheParentOrItsFileShowsParentMissing() throws {
        let (coach, home) = try workshop()
        for line in ["/open company", "/delete O2.KR1", "/open sales"] { _ = coach.handle(line) }
        #expect(listed(coach).contains("parent missing: it supported something in company that is no longer there"))
        try FileManager.default.removeItem(at: home.appendingPathComponent("sessions/company.json"))
        #expect(listed(coach).contains("parent missing"))
        #expect(coach.handle("/check").replies.map(\.plainText).joined().contains("parent missing"))
    }

    @Test func aLinkThatWouldLoopIsRefusedAndChangesNothing() throws {
        let (coach, home) = try workshop()
        _ = coach.handle("/open company")
        let before = try Data(contentsOf: home.appendingPathComponent("sessions/company.json"))
        let refused = coach.handle("/align O2 sales:O1").replies.map(\.plainText)
        #expect(refused.first?.contains("go round in a circle") == true)
        #expect(try Data(contentsOf: home.appendingPathComponent("sessions/company.json")) == before)
        #expect(coach.current?.session.objectives[1].parent == nil)
        // O1 does not lead back to sales: O1 may support it.
        #expect(coach.handle("/align O1 sales:O1").replies.first?.plainText.hasPrefix("O1 now supports sales:O1") == true)
    }

    @Test func tabCompletesObjectivesThenSessionsThenTheirReferences() throws {
        let (coach, _) = try workshop()
        let completer = coach.completer
        #expect(completer.candidates(for: "/align ") == ["/align O1"])
        #expect(completer.candidates(for: "/align O1 co") == ["/align O1 company:"])
        #expect(completer.candidates(for: "/align O1 company:O2") == ["/align O1 company:O2", "/align O1 company:O2.KR1"])
        #expect(completer.candidates(for: "/align O1 nosuch:").isEmpty)
    }
}
