import Foundation
import Testing

/// `okr-coach practice --list` through a pipe: the bank, one numbered exercise per line, a topic's part of it, and
/// an unknown topic refused with the topics named.
@Suite struct PracticeListCommandTests {
    /// The built-in bank's size, counted in the file the binary embeds.
    func bankSize() throws -> Int {
        let file = Binary.packageRoot.appendingPathComponent("prompts/practice.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("    topic: ") }.count
    }

    @Test func theListPrintsEveryExerciseOnItsOwnNumberedLine() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run(["practice", "--list"], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == (try bankSize()))
        for (index, line) in lines.enumerated() { #expect(line.hasPrefix("\(index + 1). "), "\(line)") }
        #expect(lines.contains("1. objectives · level 1 · marketing · objective · Brand awareness → objective-length"))
    }

    @Test func aTopicListsOnlyItsExercisesWithTheBanksNumbers() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run(["practice", "--list", "--topic", "measurable"], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.contains(". measurable · level ") }, "\(lines)")
        #expect(lines.first == "7. measurable · level 1 · support · key result · Improve customer satisfaction → kr-no-number")
        let byLesson = try Binary.run(["practice", "--list", "--topic", "okr-vs-kpi"], home: home)
        #expect(byLesson.stdout.split(separator: "\n").allSatisfy { $0.contains(". kpis · level ") })
    }

    @Test func anUnknownTopicExitsTwoNamingTheTopics() throws {
        let home = try Binary.temporaryHome()
        let result = try Binary.run(["practice", "--list", "--topic", "budgets"], home: home)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            okr-coach: no practice topic “budgets”; the topics are: objectives, measurable, baselines-deadlines, \
            outcomes, stretch, committed-aspirational, kpis

            """)
    }

    @Test func aBrokenBankInThePromptsDirectoryExitsTwoNamingTheExerciseAndField() throws {
        let home = try Binary.temporaryHome()
        let prompts = home.appendingPathComponent("prompts")
        try FileManager.default.createDirectory(at: prompts, withIntermediateDirectories: true)
        try """
            topics: [{id: measurable, title: Measurable key results, lesson: smart}]
            exercises:
              - {id: m1, topic: measurable, level: 5, team: sales, part: key-result, objective: Win,
                 flawed: Do better, rules: [kr-no-number], model: Raise MRR from $1k to $2k by June 30, why: Numbers}
            """.write(to: prompts.appendingPathComponent("practice.yaml"), atomically: true, encoding: .utf8)
        let result = try Binary.run(["practice", "--list", "--prompts", prompts.path], home: home)
        #expect(result.status == 2)
        #expect(result.stderr.contains("exercises[0] (m1).level"), "\(result.stderr)")
        #expect(result.stderr.contains("must be 1, 2 or 3"), "\(result.stderr)")
    }
}
