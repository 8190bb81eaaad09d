import ArgumentParser
import CoachKit
import Foundation
import LineEditing

/// `okr-coach practice [TOPIC]`: the practice course on its own, in the terminal or through a pipe (one answer
/// per line, so a facilitator checks a worksheet in one go). Progress is kept as in the coach's `/practice`.
/// `--list` prints the bank instead, one numbered exercise per line.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Practise rewriting flawed OKRs; the real checks judge each answer.",
        discussion: """
            Shows a flawed objective or key result with its context and judges each better version: what is now \
            right, what is still wrong and why, and after two tries a model answer. Type /hint, /skip or /quit \
            while an exercise waits. Through a pipe, one answer per line. --list prints the exercises of \
            prompts/practice.yaml (or the one in --prompts), one numbered exercise per line. Exits 2 when the bank \
            cannot be read or the topic names no topic.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Practise one topic only (a topic id, or its lesson's).", valueName: "topic"))
    var topicArgument: String?

    @Option(help: ArgumentHelp("Practise (or list) one topic only (the same as TOPIC).", valueName: "topic"))
    var topic: String?

    @Option(help: ArgumentHelp("Shuffle exercises of equal weight with this seed, the same way every run.", valueName: "n"))
    var seed: UInt64?

    @Flag(help: "Print the exercises, one numbered exercise per line, instead of practising.")
    var list = false

    func validate() throws {
        if let topic, let topicArgument, topic != topicArgument {
            throw ValidationError("TOPIC and --topic name different topics; give one.")
        }
    }

    func run() throws {
        let book = try global.promptBook()
        if list { return try printList(book: book) }
        let environment = ProcessInfo.processInfo.environment
        Terminal.applyColor(global.colorEnabled)
        let data = DataDirectory.resolve(environment: environment)
        let coach = Coach(book: book, store: SessionStore(directory: data))
        coach.promptsDirectory = global.promptsURL
        let printer = ReplyPrinter(width: Terminal.wrapWidth, colored: global.colorEnabled)

        let start = coach.startPractice(topic ?? topicArgument ?? "", seed: seed, endsProgram: true)
        if start.replies.contains(where: { if case .error = $0 { true } else { false } }) {
            for reply in start.replies { Terminal.printRenderedError(printer.render(reply)) }
            throw ExitCode(2)
        }
        printer.print(start.replies)
        StandardOutput.flush()
        guard !start.exit else { return }

        _ = CoachLoop.run(coach, printer: printer, data: data, environment: environment)
    }

    /// `--list`: the bank, or one topic of it.
    private func printList(book: PromptBook) throws {
        let bank: PracticeBank
        do { bank = try PracticeBank.load(overrides: global.promptsURL) } catch let error as PromptError {
            Terminal.printError("okr-coach: prompt files: \(error)")
            throw ExitCode(2)
        }
        let word = topic ?? topicArgument
        let chosen = word.flatMap(bank.topic(for:))
        if let word, chosen == nil {
            Terminal.printError(PracticeList.unknownTopic(word, in: bank, book: book))
            throw ExitCode(2)
        }
        for line in PracticeList.lines(of: bank, topic: chosen, book: book) { print(TerminalSafeText.string(line)) }
        fflush(nil)
    }
}
