/// `/help`, and Tab completion, from the same command table.
import OKRKit

extension Coach {
    func help(_ argument: String) -> Outcome {
        guard !argument.isEmpty else {
            let rows = CommandTable.all.map { Reply.Row($0.usage, book.text($0.summaryKey)) }
            return Outcome([.say(book.text(ShellPrompt.helpIntro)), .rows(rows), .say(book.text(ShellPrompt.helpOutro))])
        }
        let word = argument.hasPrefix("/") ? String(argument.dropFirst()) : argument
        guard let command = CommandTable.find(word) else { return unknownCommand(word) }
        let aliases = command.aliases.map { "/\($0)" }.joined(separator: ", ")
        return Outcome([.say(book.text(ShellPrompt.helpCommand, [
            "usage": command.usage, "summary": book.text(command.summaryKey), "help": book.text(command.helpKey),
            "aliases": aliases,
        ]))])
    }

    /// Tab completion for the coach's current state.
    public var completer: Completer {
        Completer(
            store: store, references: current.map { Reference.all(in: $0.session.objectives).map(\.description) } ?? [],
            lessons: lessonTopics, practiceTopics: ((try? practiceBank())?.topics ?? []).map(\.id), kpis: kpiNames)
    }
}
