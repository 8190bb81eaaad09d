import OKRKit

/// The practice course: shows a flawed objective or key result with its context, judges each better version with
/// the real checks (`PracticeJudge`), says what is now right and what is still wrong and why, and after two failed
/// tries shows the model answer. `/hint` and `/skip` are answered here; the coach handles `/quit`.
///
/// A pure step: (progress, step, line) -> (progress, replies, next step). The coach saves the progress.
struct PracticeConversation {
    let book: PromptBook
    let bank: PracticeBank
    let judge = PracticeJudge()

    /// Failed answers after which the model answer is shown.
    static let tries = 2

    /// What one step produced.
    struct Turn {
        var progress: PracticeProgress
        var replies: [Reply] = []
        /// The exercise waiting for an answer; `nil` when the run is over.
        var next: PracticeStep?
    }

    /// Starts a run over `topic` (or the whole course): where the person stands, then the first exercise.
    func start(topic: PracticeTopic?, seed: UInt64?, progress: PracticeProgress) -> Turn {
        var turn = Turn(progress: progress)
        turn.replies = [.say(book.text(CoursePrompt.start, ["topic": topic?.title ?? ""])), .say(standing(progress))]
        advance(PracticeStep(exercise: "", topic: topic?.id, seed: seed), &turn)
        return turn
    }

    /// Where the person stands over the whole course: passed, first-try passes, mastered and weakest rules.
    func standing(_ progress: PracticeProgress) -> String {
        let total = "\(bank.exercises.count)"
        guard !progress.exercises.isEmpty else { return book.text(CoursePrompt.progressNone, ["total": total]) }
        let (passed, firstTry) = progress.counts(of: bank.exercises)
        return book.text(CoursePrompt.progress, [
            "passed": "\(passed)", "total": total, "firstTry": "\(firstTry)",
            "weakest": progress.weak.prefix(3).joined(separator: ", "), "mastered": progress.mastered.joined(separator: ", "),
        ])
    }

    /// The answer `line` to the exercise of `step` (a better version, `/hint` or `/skip`).
    func answer(_ line: String, to step: PracticeStep, progress: PracticeProgress) -> Turn {
        var turn = Turn(progress: progress, next: step)
        guard let exercise = bank.exercises.first(where: { $0.id == step.exercise }) else {
            advance(step, &turn)  // the bank changed under the run
            return turn
        }
        switch line.lowercased() {
        case "":
            turn.replies = [.say(book.text(CoursePrompt.answerEmpty))]
        case "/hint":
            hint(exercise, step, &turn)
        case "/skip":
            turn.progress.record(exercise, attempts: step.answers, passed: false)
            turn.replies = [.say(book.text(CoursePrompt.skipped, ["id": exercise.id]))]
            finish(exercise, step, &turn)
        default:
            judge(line, exercise, step, &turn)
        }
        return turn
    }

    // MARK: - Judging

    private func judge(_ line: String, _ exercise: Exercise, _ step: PracticeStep, _ turn: inout Turn) {
        var step = step
        step.answers += 1
        step.hints = 0
        step.last = line
        let verdict = judge.judge(line, for: exercise)
        var renderer = PromptRenderer(book: book)
        let fixed = verdict.fixed.map { rule in RuleCatalog.standard.descriptions.first { $0.id == rule }?.name ?? rule }
        if verdict.passed {
            turn.replies.append(.success(book.text(CoursePrompt.passed, ["firstTry": step.answers == 1 ? "yes" : ""])))
        } else if !fixed.isEmpty, !verdict.other.contains(where: { $0.severity == .error }) {
            // A rule quiet only because a worse one fires now ("Grow users a lot" has no baseline to miss) is not
            // put right.
            turn.replies.append(.success(book.text(CoursePrompt.fixed, ["rules": fixed.joined(separator: ", ")])))
        }
        turn.replies += verdict.stillFiring.map { finding in
            .finding(finding.severity, book.text(CoursePrompt.stillWrong, [
                "message": Feedback.words(finding, .message, &renderer), "why": Feedback.words(finding, .why, &renderer),
            ]))
        }
        if !verdict.missing.isEmpty {
            turn.replies.append(.say(book.text(CoursePrompt.missing, ["requirements": requirements(verdict.missing)])))
        }
        if let other = verdict.other.first {
            turn.replies.append(.say(book.text(CoursePrompt.other, ["message": Feedback.words(other, .message, &renderer)])))
        }
        guard verdict.passed || step.answers >= Self.tries else {
            turn.replies.append(.say(book.text(CoursePrompt.tryAgain, ["tries": "\(Self.tries - step.answers)"])))
            turn.next = step
            return
        }
        if !verdict.passed {
            turn.replies.append(.say(book.text(CoursePrompt.model, ["model": exercise.model, "why": exercise.why])))
        }
        turn.progress.record(exercise, attempts: step.answers, passed: verdict.passed)
        finish(exercise, step, &turn)
    }

    /// The first rule still firing on the last answer (the flawed text before any): its why, then its fix.
    private func hint(_ exercise: Exercise, _ step: PracticeStep, _ turn: inout Turn) {
        var step = step
        let verdict = judge.judge(step.last ?? exercise.flawed, for: exercise)
        var renderer = PromptRenderer(book: book)
        if let finding = verdict.stillFiring.first {
            turn.replies = [.say(step.hints == 0
                ? book.text(CoursePrompt.hintWhy, ["why": Feedback.words(finding, .why, &renderer)])
                : book.text(CoursePrompt.hintFix, ["fix": Feedback.words(finding, .fix, &renderer)]))]
        } else if !verdict.missing.isEmpty {
            turn.replies = [.say(book.text(CoursePrompt.requires, ["requirements": requirements(verdict.missing)]))]
        } else {
            turn.replies = [.say(book.text(CoursePrompt.hintNone))]
        }
        step.hints += 1
        turn.next = step
    }

    // MARK: - Moving on

    /// Marks `exercise` done in this run, sums up its topic when none of it is left, then shows the next one.
    private func finish(_ exercise: Exercise, _ step: PracticeStep, _ turn: inout Turn) {
        var step = step
        step.done.append(exercise.id)
        let topicExercises = bank.exercises(topic: exercise.topic)
        let left = turn.progress.next(from: topicExercises, topics: [exercise.topic], done: Set(step.done))
        if left == nil, let topic = bank.topics.first(where: { $0.id == exercise.topic }) {
            let (passed, firstTry) = turn.progress.counts(of: topicExercises)
            let allFirstTry = firstTry == topicExercises.count
            turn.replies.append(.success(book.text(allFirstTry ? CoursePrompt.topicMastered : CoursePrompt.topicCount, [
                "title": allFirstTry ? Self.midSentence(topic.title) : topic.title, "passed": "\(passed)",
                "total": "\(topicExercises.count)", "firstTry": "\(firstTry)",
            ])))
        }
        advance(step, &turn)
    }

    /// A title inside a sentence: its first letter lowered, unless it starts an acronym ("KPIs versus key results").
    static func midSentence(_ title: String) -> String {
        guard let first = title.first, title.dropFirst().first?.isUppercase != true else { return title }
        return first.lowercased() + title.dropFirst()
    }

    /// Shows the next exercise of the run (the weakest rules first), or says the run is over.
    private func advance(_ step: PracticeStep, _ turn: inout Turn) {
        let scope = step.topic.map(bank.exercises(topic:)) ?? bank.exercises
        guard let exercise = turn.progress.next(
            from: scope, topics: bank.topics.map(\.id), done: Set(step.done), seed: step.seed)
        else {
            let title = step.topic.flatMap { id in bank.topics.first { $0.id == id }?.title } ?? ""
            turn.replies.append(.say(book.text(CoursePrompt.allDone, ["topic": title])))
            turn.next = nil
            return
        }
        turn.replies += show(exercise)
        turn.next = PracticeStep(exercise: exercise.id, topic: step.topic, done: step.done, seed: step.seed)
    }

    /// An exercise with its context, and what a passing answer must also state.
    func show(_ exercise: Exercise) -> [Reply] {
        var values = [
            "id": exercise.id, "topic": bank.topics.first { $0.id == exercise.topic }?.title ?? exercise.topic,
            "level": "\(exercise.level)", "team": exercise.team, "kind": exercise.kind.rawValue,
            "flawed": exercise.flawed,
        ]
        var replies: [Reply]
        switch exercise.part {
        case .keyResult:
            values["objective"] = exercise.objective ?? ""
            replies = [.say(book.text(CoursePrompt.exerciseKeyResult, values))]
        case .objective:
            values["keyResults"] = exercise.keyResults.joined(separator: "; ")
            replies = [.say(book.text(CoursePrompt.exerciseObjective, values))]
        }
        if !exercise.requires.isEmpty {
            replies.append(.say(book.text(CoursePrompt.requires, ["requirements": requirements(exercise.requires)])))
        }
        return replies
    }

    /// Requirements in words: "where it starts (from 45), by when (by June 30)".
    private func requirements(_ list: [Exercise.Requirement]) -> String {
        list.map { requirement in
            switch requirement {
            case .baseline: book.text(CoursePrompt.requirementBaseline)
            case .target: book.text(CoursePrompt.requirementTarget)
            case .deadline: book.text(CoursePrompt.requirementDeadline)
            }
        }.joined(separator: ", ")
    }
}
