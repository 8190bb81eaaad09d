import Foundation
import Testing

/// A megabyte on one line, through the real binary: `check -` and the coach read its opening, say so, and keep
/// every byte of it in the session.
@Suite struct LongLineTests {
    static let sentence = "Raise NPS from 45 to 70 by end of Q3"
    /// `sentence` followed by a megabyte of "1," (the red team's digit groups).
    static let megabyte = sentence + " " + String(repeating: "1,", count: 524_288)

    @Test func checkReadsTheOpeningOfAMegabyteKeyResult() throws {
        let outline = "Objective: Make our support the reason customers stay\n- \(Self.megabyte)\n"
        let result = try Binary.run(["check", "-"], input: outline, home: Binary.temporaryHome())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("read: increase · NPS · from 45 · to 70 · by end of Q3"))
        #expect(result.stdout.contains("warning kr-too-long: The key result is 1,048,613 characters long; only its first 1000 were read."))
    }

    @Test func checkReadsAMegabyteObjective() throws {
        let objective = "Grow revenue by 30% this year " + String(repeating: "1 ", count: 524_288)
        let outline = "Objective: \(objective)\n- \(Self.sentence)\n- Cut churn from 3% to 2% by end of Q3\n"
        let result = try Binary.run(["check", "-", "--format", "json"], input: outline, home: Binary.temporaryHome())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require((document["objectives"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "objective-has-metric" && ($0["message"] as? String)?.contains("30%") == true })
        #expect(findings.contains { $0["rule"] as? String == "objective-length" })
    }

    @Test func theCoachAnswersAMegabyteKeyResultAndKeepsAllOfIt() throws {
        let home = try Binary.temporaryHome()
        let input = "/new long\nnone\n\n/objective Make our support the reason customers stay\n/kr \(Self.megabyte)\n/quit\n"
        let result = try Binary.run([], input: input, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("read: increase · NPS · from 45 · to 70 · by end of Q3"))
        #expect(result.stdout.contains("only its first 1000 were read"))
        let data = try Data(contentsOf: home.appendingPathComponent("sessions/long.json"))
        let session = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let objective = try #require((session["objectives"] as? [[String: Any]])?.first)
        let keyResult = try #require((objective["keyResults"] as? [[String: Any]])?.first)
        #expect(keyResult["text"] as? String == Self.megabyte)
    }
}
