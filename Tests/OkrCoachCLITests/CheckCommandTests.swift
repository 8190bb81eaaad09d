import Foundation
import Testing

/// `okr-coach check` run as CI would: files, standard input, exit codes and JSON.
@Suite struct CheckCommandTests {
    static let sound = """
        Objective: Delight first-time buyers
        - Raise first-order CSAT from 4.1 to 4.6 by end of Q3
        - Cut refund requests from 8% to 4% by end of Q3
        """

    private func write(_ text: String, name: String = "okrs.md") throws -> URL {
        let url = try Binary.temporaryHome().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func soundSetExitsZero() throws {
        let result = try Binary.run(["check", "-"], input: Self.sound, home: Binary.temporaryHome())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Objective 1 · Delight first-time buyers"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test func anErrorFindingExitsOne() throws {
        let file = try write("Objective: Delight first-time buyers\n- Improve the unboxing experience\n- Raise NPS from 31 to 45\n")
        let result = try Binary.run(["check", file.path], home: Binary.temporaryHome())
        #expect(result.status == 1)
        #expect(result.stdout.contains("kr-no-number"))
    }

    @Test func findingsPointAtTheirLineInTheOutline() throws {
        let file = try write("Objective: Delight first-time buyers\n\n- Improve the unboxing experience\n- Raise NPS from 31 to 45\n")
        let text = try Binary.run(["check", file.path], home: Binary.temporaryHome())
        #expect(text.stdout.contains("KR 1 · Improve the unboxing experience (\(file.path):3)"))
        let json = try Binary.run(["check", file.path, "--format", "json"], home: Binary.temporaryHome())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let objective = try #require((document["objectives"] as? [[String: Any]])?.first)
        #expect(objective["line"] as? Int == 1)
        #expect((objective["keyResults"] as? [[String: Any]])?.map { $0["line"] as? Int } == [3, 4])
    }

    @Test func strictMakesWarningsFail() throws {
        let outline = "Objective: Growth\n- Grow MRR from $40k to $60k by end of Q3\n- Cut churn from 3% to 2% by end of Q3\n"
        let relaxed = try Binary.run(["check", "-"], input: outline, home: Binary.temporaryHome())
        #expect(relaxed.status == 0)
        let strict = try Binary.run(["check", "-", "--strict"], input: outline, home: Binary.temporaryHome())
        #expect(strict.status == 1)
    }

    @Test func cycleOptionsMakeKeyResultsTimeBound() throws {
        let outline = "Objective: Delight first-time buyers\n- Raise CSAT from 4.1 to 4.6\n- Cut refunds from 8% to 4%\n"
        let home = try Binary.temporaryHome()
        let plain = try Binary.run(["check", "-", "--format", "json"], input: outline, home: home)
        #expect(plain.stdout.contains("kr-no-deadline"))
        for options in [["--cycle", "2027-Q1"], ["--from", "2027-01-01", "--to", "2027-03-31"]] {
            let bound = try Binary.run(["check", "-", "--format", "json"] + options, input: outline, home: home)
            #expect(bound.status == 0)
            #expect(!bound.stdout.contains("kr-no-deadline"), "\(options)")
        }
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try Binary.run(["check", "-", "--format", "json"], input: Self.sound, home: Binary.temporaryHome())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["objectives", "findings", "summary"]))
        let objective = try #require((json["objectives"] as? [[String: Any]])?.first)
        #expect(objective["kind"] as? String == "aspirational")
        let keyResult = try #require((objective["keyResults"] as? [[String: Any]])?.first)
        let reading = try #require(keyResult["reading"] as? [String: Any])
        #expect(reading.count >= 8)
        #expect(reading["change"] is NSNull)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(Set(summary.keys).isSuperset(of: ["errors", "warnings", "hints", "strength"]))
    }

    @Test func readsASessionFile() throws {
        let session = """
            {"schemaVersion": 1, "id": "8D1F8A4E-0C4B-4F7E-9A51-6D1C1B1E2F30", "name": "buyers",
             "createdAt": "2027-01-04T09:00:00Z", "updatedAt": "2027-01-04T09:00:00Z",
             "cycle": {"label": "2027-Q1", "start": "2027-01-01", "end": "2027-03-31"},
             "objectives": [{"id": "0B7C7D7E-1111-4F7E-9A51-6D1C1B1E2F30", "text": "Delight first-time buyers",
               "kind": "committed", "keyResults": [
                 {"id": "1C7C7D7E-1111-4F7E-9A51-6D1C1B1E2F30", "text": "Improve the unboxing experience"}]}]}
            """
        let file = try write(session, name: "buyers.json")
        let result = try Binary.run(["check", file.path, "--format", "json"], home: Binary.temporaryHome())
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("\"committed\""))
        #expect(!result.stdout.contains("kr-no-deadline"), "the session's cycle bounds its key results")
    }

    @Test func unreadableInputExitsTwoNamingTheFile() throws {
        let home = try Binary.temporaryHome()
        let missing = home.appendingPathComponent("nope.md").path
        let result = try Binary.run(["check", missing], home: home)
        #expect(result.status == 2)
        #expect(result.stderr.contains(missing))
        #expect(result.stdout.isEmpty)

        let noObjective = try write("just notes\nabout the quarter\n")
        let notes = try Binary.run(["check", noObjective.path], home: home)
        #expect(notes.status == 2)
        #expect(notes.stderr.contains("\(noObjective.path):2:"))

        let broken = try write("{\"schemaVersion\": 1,\n \"name\": }\n", name: "broken.json")
        let json = try Binary.run(["check", broken.path], home: home)
        #expect(json.status == 2)
        #expect(json.stderr.contains(broken.path))
        #expect(json.stderr.contains("line 2"))

        let binary = try write("Objective: ok\n- fine\n", name: "binary.md")
        try Data([0x4F, 0x3A, 0x20, 0x61, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: binary)
        let bytes = try Binary.run(["check", binary.path], home: home)
        #expect(bytes.status == 2)
        #expect(bytes.stderr.contains("\(binary.path):2:"))
    }

    @Test func colourOnlyWhenForced() throws {
        let forced = try Binary.run(["check", "-"], input: Self.sound, home: Binary.temporaryHome(), environment: ["FORCE_COLOR": "1"])
        #expect(forced.stdout.contains("\u{1B}["))
        let refused = try Binary.run(
            ["check", "-", "--no-color"], input: Self.sound, home: Binary.temporaryHome(), environment: ["FORCE_COLOR": "1"])
        #expect(!refused.stdout.contains("\u{1B}["))
    }
}
