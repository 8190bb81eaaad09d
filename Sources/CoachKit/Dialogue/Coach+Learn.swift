import Foundation

/// `/learn`: short lessons for people new to OKRs, from `prompts/lessons.yaml`.
extension Coach {
    func learn(_ topic: String) -> Outcome {
        let lessons: LessonBook
        do {
            lessons = try LessonBook.load(overrides: promptsDirectory)
        } catch {
            return Outcome([.error("\(error)")])
        }
        guard !topic.isEmpty else {
            let rows = lessons.lessons.map { Reply.Row($0.id, book.text(CoachPrompt.learnRow, ["summary": $0.summary])) }
            return Outcome([.say(book.text(CoachPrompt.learnIntro)), .rows(rows)])
        }
        guard let lesson = lessons.lesson(for: topic) else {
            return Outcome([.error(book.text(CoachPrompt.learnUnknown, [
                "topic": String(topic.prefix(40)), "topics": lessons.lessons.map(\.id).joined(separator: ", "),
            ]))])
        }
        let body = lesson.body.replacingOccurrences(of: "\n\n", with: "\u{0}")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{0}", with: "\n\n")
        return Outcome([.say(book.text(CoachPrompt.learnLesson, [
            "title": lesson.title, "body": body, "weak": lesson.weak, "strong": lesson.strong, "why": lesson.why,
        ]))])
    }
}
