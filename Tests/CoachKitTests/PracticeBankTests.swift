@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// The practice bank as shipped, and a broken one refused with the file, the exercise and the field named.
@Suite struct PracticeBankTests {
    @Test func theBuiltInBankLoadsAndEveryFlawedTextFiresItsRulesWhileItsModelPasses() throws {
        let bank = try PracticeBank.load(overrides: nil)
        #expect(!bank.exercises.isEmpty)
        let judge = PracticeJudge()
        for exercise in bank.exercises {
            let start = judge.judge(exercise.flawed, for: exercise)
            #expect(start.fixed.isEmpty, "\(exercise.id): the flawed text should fire \(exercise.rules), fires \(start.stillFiring.map(\.rule))")
            let model = judge.judge(exercise.model, for: exercise)
            #expect(model.passed, "\(exercise.id): the model answer fails: \(model.stillFiring.map(\.rule)) \(model.missing)")
        }
    }

    @Test func aBrokenExerciseIsRefusedWithItsFileExerciseAndField() {
        let yaml = """
            topics: [{id: measurable, title: Measurable key results, lesson: smart}]
            exercises:
              - {id: m1, topic: measurable, level: 1, team: sales, part: key-result, objective: Win,
                 flawed: Do better, rules: [kr-no-number], model: Raise MRR from $1k to $2k by June 30, why: Numbers}
              - {id: m2, topic: measurable, level: 4, team: sales, part: key-result, objective: Win,
                 flawed: Do better, rules: [kr-no-number], model: Raise MRR from $1k to $2k by June 30, why: Numbers}
            """
        #expect(throws: PromptError(file: "mine.yaml", key: "exercises[1] (m2).level", problem: "must be 1, 2 or 3")) {
            try PracticeBank.decode(yaml, file: "mine.yaml")
        }
        let unknownRule = yaml.replacingOccurrences(of: "level: 4", with: "level: 2")
            .replacingOccurrences(of: "id: m1, topic: measurable, level: 1, team: sales, part: key-result, objective: Win,\n     flawed: Do better, rules: [kr-no-number]", with: "id: m1, topic: measurable, level: 1, team: sales, part: key-result, objective: Win,\n     flawed: Do better, rules: [kr-nope]")
        #expect(throws: PromptError(file: "f", key: "exercises[0] (m1).rules", problem: "kr-nope is no rule")) {
            try PracticeBank.decode(unknownRule, file: "f")
        }
    }

    @Test func theBuiltInBankCoversEveryTopicAtEveryLevelAcrossTenKindsOfTeam() throws {
        let bank = try PracticeBank.load(overrides: nil)
        #expect(bank.topics.count == 7)
        let lessons = Set(try LessonBook.load(overrides: nil).lessons.map(\.id))
        for topic in bank.topics {
            #expect(lessons.contains(topic.lesson), "\(topic.id): no lesson \(topic.lesson)")
            let exercises = bank.exercises(topic: topic.id)
            #expect(exercises.count >= 5, "\(topic.id) has \(exercises.count) exercises")
            #expect(Set(exercises.map(\.level)) == [1, 2, 3], "\(topic.id) levels: \(exercises.map(\.level))")
            #expect(exercises.map(\.level) == exercises.map(\.level).sorted(), "\(topic.id) is not easy to hard")
        }
        #expect(Set(bank.exercises.map(\.team)).count >= 10)
        #expect(Set(bank.exercises.map(\.id)).count == bank.exercises.count)
        let rules = Set(RuleCatalog.standard.descriptions.map(\.id))
        for exercise in bank.exercises {
            #expect((1...2).contains(exercise.rules.count), "\(exercise.id) aims at \(exercise.rules)")
            #expect(exercise.rules.allSatisfy(rules.contains), "\(exercise.id): \(exercise.rules)")
        }
    }

    /// One exercise of a small file, with `fields` written over the defaults of a key result exercise.
    func bank(_ fields: [String], second: [String] = []) -> String {
        func entry(_ fields: [String]) -> String {
            let defaults = ["id: m1", "topic: measurable", "level: 1", "team: sales", "part: key-result",
                "objective: Win more", "flawed: Do better", "rules: [kr-no-number]",
                "model: Raise MRR from $1k to $2k by June 30", "why: Numbers"]
            let names = Set(fields.map { $0.prefix { $0 != ":" } })
            let kept = defaults.filter { !names.contains($0.prefix { $0 != ":" }) } + fields.filter { !$0.hasSuffix(": ~") }
            return "  - {" + kept.joined(separator: ", ") + "}"
        }
        return """
            topics: [{id: measurable, title: Measurable key results, lesson: smart}]
            exercises:
            \(([entry(fields)] + (second.isEmpty ? [] : [entry(second)])).joined(separator: "\n"))
            """
    }

    @Test func aBankIsRefusedForADuplicateIdAnUnknownTopicOrAPartWithoutItsContext() {
        func refusal(_ yaml: String) -> PromptError? {
            do { _ = try PracticeBank.decode(yaml, file: "f"); return nil } catch { return error as? PromptError }
        }
        #expect(refusal(bank([])) == nil)
        #expect(refusal(bank(["id: m1"], second: ["id: m1"]))
            == PromptError(file: "f", key: "exercises[1] (m1).id", problem: "is empty or used twice"))
        #expect(refusal(bank(["topic: budgets"]))
            == PromptError(file: "f", key: "exercises[0] (m1).topic", problem: "names no topic of the file"))
        #expect(refusal(bank(["part: objective", "objective: ~", "keyResults: [Raise NPS from 30 to 45 by June 30]"]))
            == PromptError(file: "f", key: "exercises[0] (m1).keyResults", problem: "an objective needs 2 or more"))
        #expect(refusal(bank(["objective: ~"]))
            == PromptError(file: "f", key: "exercises[0] (m1).objective", problem: "a key result needs its objective"))
        let twoKeyResults = "keyResults: [Raise NPS from 30 to 45 by June 30, Cut churn from 3% to 2% by June 30]"
        #expect(refusal(bank(["part: objective", "objective: ~", twoKeyResults])) == nil)
        #expect(refusal(bank(["part: objective", "objective: ~", twoKeyResults, "requires: [baseline]"]))
            == PromptError(file: "f", key: "exercises[0] (m1).requires", problem: "only a key result can require more"))
    }
}
