import ArgumentParser
import CoachKit
import Foundation
import LineEditing

/// `okr-coach practice [TOPIC]`: the practice course on its own, in the terminal or through a pipe (one answer
/// per line, so a facilitator checks a worksheet in one go). Progress is kept as in the coach's `/practice`.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Practise rewriting flawed OKRs; the real checks judge each answer.",
        discussion: """
            Shows a flawed objective or key result with its context and judges each better version: what is now \
            right, what is still wrong and why, and after two tries a model answer. Type /hint, /skip or /quit \
            while an exercise waits. Through a pipe, one answer per line.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Practise one topic only (a topic id, or its lesson's).", valueName: "topic"))
    var topicArgument: String?

    @Option(help: ArgumentHelp("Practise one topic only (the same as TOPIC).", valueName: "topic"))
    var topic: String?

    @Option(help: ArgumentHelp("Shuffle exercises of equal weight with this seed, the same way every run.", valueName: "n"))
    var seed: UInt64?

    func validate() throws {
        if let topic, let topicArgument, topic != topicArgument {
            throw ValidationError("TOPIC and --topic name different topics; give one.")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let book = try global.promptBook()
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
}
