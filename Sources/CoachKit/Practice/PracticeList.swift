import OKRKit

/// The practice bank as a facilitator reads it (`okr-coach practice --list`): one numbered exercise per line.
public enum PracticeList {
    /// One line per exercise of `topic` (every exercise when `nil`), numbered by its place in the whole bank so a
    /// number names the same exercise in a topic's list and in the full one.
    public static func lines(of bank: PracticeBank, topic: PracticeTopic? = nil, book: PromptBook) -> [String] {
        bank.exercises.enumerated().compactMap { index, exercise in
            guard topic.map({ $0.id == exercise.topic }) ?? true else { return nil }
            let part: CourseListPrompt = exercise.part == .objective ? .objective : .keyResult
            return book.text(CourseListPrompt.line, [
                "number": String(index + 1), "topic": exercise.topic, "level": String(exercise.level),
                "team": exercise.team, "part": book.text(part), "flawed": oneLine(exercise.flawed),
                "rules": exercise.rules.joined(separator: book.text(CourseListPrompt.rulesSeparator)),
            ])
        }
    }

    /// What to say when `word` names no topic of the bank: the topics it does have.
    public static func unknownTopic(_ word: String, in bank: PracticeBank, book: PromptBook) -> String {
        book.text(CourseListPrompt.unknownTopic, [
            "topic": oneLine(word),
            "topics": bank.topics.map(\.id).joined(separator: book.text(CourseListPrompt.topicsSeparator)),
        ])
    }

    /// `text` on one line: a flawed text written over several lines in the file stays one exercise per line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
