import ArgumentParser
import CoachKit
import Foundation

/// `okr-coach practice --list [--topic T]`: the practice bank, one numbered exercise per line, for facilitators.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "The practice course's exercises: --list prints the bank, one numbered exercise per line.",
        discussion: """
            Reads prompts/practice.yaml (or the one in --prompts). Exits 0, or 2 when the bank cannot be read or \
            --topic names no topic.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the exercises, one numbered exercise per line.")
    var list = false

    @Option(help: ArgumentHelp("Only this topic's exercises (its id or its lesson's).", valueName: "topic"))
    var topic: String?

    func validate() throws {
        guard list else { throw ValidationError("Add --list to print the exercise bank.") }
    }

    func run() throws {
        let book = try global.promptBook()
        let bank: PracticeBank
        do { bank = try PracticeBank.load(overrides: global.promptsURL) } catch let error as PromptError {
            Terminal.printError("okr-coach: prompt files: \(error)")
            throw ExitCode(2)
        }
        let chosen = topic.flatMap(bank.topic(for:))
        if let word = topic, chosen == nil {
            Terminal.printError(PracticeList.unknownTopic(word, in: bank, book: book))
            throw ExitCode(2)
        }
        for line in PracticeList.lines(of: bank, topic: chosen, book: book) { print(TerminalSafeText.string(line)) }
        fflush(nil)
    }
}
