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
}
