import Foundation
import OKRKit

/// `/practice [TOPIC]`: the practice course, in the coach. While an exercise waits, a line is a better version,
/// `/hint`, `/skip` or `/quit` (back to the question that was pending before); other commands work as usual.
extension Coach {
    /// The bank practised from: the one set on the desk, else the built-in one (or the prompts directory's).
    func practiceBank() throws -> PracticeBank {
        if let bank = practice.bank { return bank }
        let bank = try PracticeBank.load(overrides: promptsDirectory)
        practice.bank = bank
        return bank
    }

    /// Starts a practice run over `topic` (any topic when empty). `seed` shuffles exercises of equal weight
    /// reproducibly; `endsProgram` ends the program with the run (`okr-coach practice`).
    public func startPractice(_ topic: String, seed: UInt64? = nil, endsProgram: Bool = false) -> Outcome {
        practice.seed = seed
        practice.exitsWhenOver = endsProgram
        let bank: PracticeBank
        do { bank = try practiceBank() } catch { return Outcome([.error("\(error)")]) }
        var chosen: PracticeTopic?
        if !topic.isEmpty {
            guard let found = bank.topic(for: topic) else {
                return Outcome([.error(book.text(CoursePrompt.unknownTopic, [
                    "topic": String(topic.prefix(40)), "topics": bank.topics.map(\.id).joined(separator: ", "),
                ]))])
            }
            chosen = found
        }
        let warnings = practice.load(book)
        let turn = PracticeConversation(book: book, bank: bank)
            .start(topic: chosen, seed: practice.seed, progress: practice.progress)
        return practiceOutcome(turn, before: warnings)
    }

    /// A line answering the exercise of `step`; `nil` for a command that is not the practice's own, which runs as
    /// usual while the exercise waits.
    func answerPractice(_ line: String, to step: PracticeStep) -> Outcome? {
        let lowered = line.lowercased()
        if ["/quit", "/q", "/exit"].contains(lowered) { return quitPractice() }
        if line.hasPrefix("/"), lowered != "/hint", lowered != "/skip" { return nil }
        let bank: PracticeBank
        do { bank = try practiceBank() } catch { return Outcome([.error("\(error)")]) }
        let turn = PracticeConversation(book: book, bank: bank).answer(line, to: step, progress: practice.progress)
        return practiceOutcome(turn, before: [])
    }

    /// The guided draft's one offer of an exercise: when a finding of a rule not yet mastered has now appeared in
    /// three answers of this run, a line naming a topic that practises it (once per run, never a question).
    func practiceOffer(after judged: Judgement?) -> [Reply] {
        guard let judged, !practice.draftOffered else { return [] }
        var due: String?
        for rule in Set(judged.items.map(\.finding.rule)).sorted() {
            practice.sightings[rule, default: 0] += 1
            if due == nil, practice.sightings[rule, default: 0] >= PracticeDesk.sightingsBeforeOffer { due = rule }
        }
        guard let rule = due, let bank = try? practiceBank(),
            let exercise = bank.exercises.first(where: { $0.rules.contains(rule) }),
            !practice.peekProgress().isMastered(rule)
        else { return [] }
        practice.draftOffered = true
        return [.say(book.text(CoursePrompt.draftOffer, ["rule": rule, "topic": exercise.topic]))]
    }

    /// Leaves practice: back to the question that was pending before, asked again.
    private func quitPractice() -> Outcome {
        pending = .resuming(current?.session)
        let question = current.map { pendingQuestion(in: $0.session) } ?? []
        let said = Reply.say(book.text(CoursePrompt.quit, ["resuming": question.isEmpty ? "" : "yes"]))
        return Outcome([said] + question, exit: practice.exitsWhenOver)
    }

    /// Keeps the turn's progress (saving it), and waits for the next exercise or ends the run.
    private func practiceOutcome(_ turn: PracticeConversation.Turn, before warnings: [Reply]) -> Outcome {
        let saved = practice.update(turn.progress, book)
        // Replies about an exercise done come first; a failed save is said before the next question.
        let replies = warnings + turn.replies + saved
        guard let next = turn.next else {
            pending = .resuming(current?.session)
            let question = current.map { pendingQuestion(in: $0.session) } ?? []
            return Outcome(replies + question, exit: practice.exitsWhenOver)
        }
        pending = .practice(next)
        return Outcome(replies)
    }
}
