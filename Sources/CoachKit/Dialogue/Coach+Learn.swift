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
        let said = Reply.say(book.text(CoachPrompt.learnLesson, [
            "title": lesson.title, "body": body, "weak": lesson.weak, "strong": lesson.strong, "why": lesson.why,
        ]))
        return Outcome([said] + practiceOffer(lesson: lesson.id))
    }

    /// The line offering the practice topic of a lesson, when it has one with exercises.
    private func practiceOffer(lesson: String) -> [Reply] {
        guard let bank = try? practiceBank(), let topic = bank.topics.first(where: { $0.lesson == lesson }) else { return [] }
        let count = bank.exercises(topic: topic.id).count
        guard count > 0 else { return [] }
        return [.say(book.text(CoursePrompt.learnOffer, ["topic": topic.id, "count": "\(count)"]))]
    }
}
