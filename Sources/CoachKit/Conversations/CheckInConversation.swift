import Foundation
import OKRKit

/// The weekly check-in (`/checkin`): for each key result, today's value, then confidence, then what will change.
///
/// A pure step like the guided draft: each answer changes the turn's session (the check-in is recorded as soon as
/// its value is given, and completed by the answers after it) and leaves the next question in the session's
/// `walk`, so a walk resumes where it stopped. One check-in per key result per day: a second replaces the first.
struct CheckInConversation {
    let book: PromptBook
    /// The day checked in.
    let today: CalendarDay
    /// The session's first day, the start of its span when it has no cycle.
    let firstDay: CalendarDay

    /// Words that pass over a key result, and that end the walk.
    static let skipWords: Set<String> = ["skip", "pass", "next", "-"]
    static let stopWords: Set<String> = ["stop", "end", "quit walk", "cancel"]

    /// Starts a walk over the key results `ids` (all of the set's, or one), in order.
    func start(_ ids: [UUID], _ turn: inout Turn) {
        guard !ids.isEmpty else { return turn.say(.say(book.text(CheckInPrompt.nothingToCheck))) }
        turn.say(.say(book.text(CheckInPrompt.start, [
            "date": today.description, "count": book.count(ids.count, .keyResult),
        ])))
        visit(ids, &turn)
    }

    /// The words that ask `step`'s question again (on resume): the key result's card, then the question.
    func question(_ step: WalkStep, in session: Session) -> [Reply] {
        guard let id = step.keyResultID, let (o, k) = DraftStep.Place.find(keyResult: id, in: session.objectives) else {
            return []
        }
        let keyResult = session.objectives[o].keyResults[k]
        let subject = Subject(o: o, k: k, keyResult: keyResult, progress: progress(of: keyResult, o, in: session))
        return ask(step.question, about: subject, in: session)
    }

    /// The answer `line` to `step`.
    func answer(_ line: String, to step: WalkStep, _ turn: inout Turn) throws(Refusal) {
        let lowered = line.lowercased()
        if Self.stopWords.contains(lowered) {
            turn.session.walk = nil
            return turn.say(.say(book.text(CheckInPrompt.stopped)))
        }
        guard let id = step.keyResultID, let (o, k) = DraftStep.Place.find(keyResult: id, in: turn.session.objectives) else {
            // What the question was about was deleted: go on with the rest.
            return visit(step.queue, &turn)
        }
        let ref = Reference.keyResult(o, k).description
        if Self.skipWords.contains(lowered), step.question == .value || step.question == .baseline {
            turn.say(.say(book.text(CheckInPrompt.skipped, ["ref": ref])))
            return visit(step.queue, &turn)
        }
        switch step.question {
        case .baseline: try answerBaseline(line, o, k, step, &turn)
        case .value: try answerValue(line, o, k, step, &turn)
        case .confidence: try answerConfidence(line, o, k, step, &turn)
        default: answerNote(line, o, k, step, &turn)
        }
    }

    // MARK: - Visiting key results

    /// What a question is about: a key result, where it is, and where it stands today.
    struct Subject {
        let o: Int, k: Int
        let keyResult: KeyResult
        let progress: KeyResultProgress
        var ref: String { Reference.keyResult(o, k).description }
    }

    /// Asks about the first key result of `queue` that still exists and can be tracked; ends the walk when none is
    /// left.
    private func visit(_ queue: [UUID], _ turn: inout Turn) {
        var queue = queue[...]
        while let id = queue.popFirst() {
            guard let (o, k) = DraftStep.Place.find(keyResult: id, in: turn.session.objectives) else { continue }
            let keyResult = turn.session.objectives[o].keyResults[k]
            let subject = Subject(o: o, k: k, keyResult: keyResult, progress: progress(of: keyResult, o, in: turn.session))
            let question: WalkStep.Question
            switch subject.progress.plan {
            case .success: question = .value
            case .failure(.noBaseline): question = .baseline
            case .failure(let problem):
                turn.say(.warning(untrackable(problem, subject)))
                continue
            }
            turn.session.walk = WalkStep(walk: .checkIn, question: question, keyResultID: id, queue: Array(queue))
            turn.say(ask(question, about: subject, in: turn.session))
            return
        }
        turn.session.walk = nil
        let report = ProgressReport(session: turn.session, firstDay: firstDay, today: today)
        let checked = report.objectives.flatMap(\.keyResults).filter { $0.checkIns.last?.date == today }.count
        turn.say(.success(book.text(CheckInPrompt.finished, ["count": book.count(checked, .keyResult)])))
        turn.say(.card(StatusCard.lines(for: report, book: book) + [StatusCard.totals(report.summary, book: book)]))
    }

    /// Why a key result cannot be checked in, and what to do, as the status card says it.
    private func untrackable(_ problem: KeyResultPlan.Problem, _ subject: Subject) -> String {
        var renderer = PromptRenderer(book: book)
        let why = StatusCard.KeyResultCard.untracked(problem, ref: subject.ref, renderer: &renderer)
        return book.text(CheckInPrompt.untrackable, ["ref": subject.ref, "problem": why])
    }

    /// The key result's card (for its first question) and the question.
    private func ask(_ question: WalkStep.Question, about subject: Subject, in session: Session) -> [Reply] {
        let last = subject.keyResult.checkIns.last
        switch question {
        case .baseline:
            let metric = KeyResultReader.read(subject.keyResult.text).metric ?? subject.ref
            return [
                .say(book.text(CheckInPrompt.header, ["ref": subject.ref, "text": subject.keyResult.text])),
                .say(book.text(CheckInPrompt.askBaseline, [
                    "ref": subject.ref, "metric": metric, "start": subject.progress.start.description,
                ])),
            ]
        case .value:
            let plan = try? subject.progress.plan.get()
            let lastShown = last.map { shown($0, subject) } ?? ""
            return [
                .say(book.text(CheckInPrompt.header, ["ref": subject.ref, "text": subject.keyResult.text])),
                .say(last.map { last in
                    book.text(CheckInPrompt.last, [
                        "value": shown(last, subject), "date": last.date.description,
                        "confidence": last.confidence.map(ConfidenceTag.format) ?? "",
                    ])
                } ?? book.text(CheckInPrompt.noCheckInYet)),
                .say(planNow(subject)),
                .say(book.text(plan?.measure == .milestone ? CheckInPrompt.askMilestone : CheckInPrompt.askValue, [
                    "last": lastShown,
                ])),
            ]
        case .confidence:
            let last = subject.progress.confidence.map(ConfidenceTag.number) ?? ""
            return [.say(book.text(CheckInPrompt.askConfidence, ["last": last]))]
        default:
            return [.say(noteQuestion(subject))]
        }
    }

    /// Where the plan says the key result should be by now.
    private func planNow(_ subject: Subject) -> String {
        guard let plan = try? subject.progress.plan.get() else { return "" }
        let end = subject.progress.end?.description ?? ""
        if plan.measure.isLevel { return book.text(CheckInPrompt.planLevel, ["level": number(plan.target, subject)]) }
        guard let expected = subject.progress.expected else { return "" }
        if today < subject.progress.start {
            return book.text(CheckInPrompt.planEarly, ["start": subject.progress.start.description])
        }
        if plan.measure == .milestone {
            return book.text(CheckInPrompt.planMilestone, ["share": TrackingWords.percent(expected), "end": end])
        }
        guard let baseline = plan.baseline, let target = plan.target else { return "" }
        // Where it should be is an estimate: one decimal says it ("6.1 new customers", "57.6").
        let due = ((baseline + expected * (target - baseline)) * 10).rounded() / 10
        return book.text(CheckInPrompt.planMove, [
            "expected": number(due, subject), "share": TrackingWords.percent(expected),
            "baseline": number(baseline, subject), "target": number(target, subject), "end": end,
        ])
    }

    // MARK: - Answers

    private func answerBaseline(_ line: String, _ o: Int, _ k: Int, _ step: WalkStep, _ turn: inout Turn) throws(Refusal) {
        let ref = Reference.keyResult(o, k).description
        let answer = String(line.prefix(60))
        guard let start = KeyResultReader.quantities(in: line).first(where: \.isMeasure) else {
            throw Refusal(reply: .error(book.text(CheckInPrompt.baselineUnreadable, ["answer": answer])))
        }
        let keyResult = turn.session.objectives[o].keyResults[k]
        switch BaselineMerge.merge(baseline: start, into: keyResult, of: turn.session.objectives[o], cycle: turn.session.cycle) {
        case .merged(let merged):
            turn.session.objectives[o].keyResults[k].text = merged
            turn.say(.success(book.text(CheckInPrompt.merged, ["ref": ref, "text": merged])))
            // Asked again from the top: the merged sentence may still not be trackable.
            visit([keyResult.id] + step.queue, &turn)
        case .noTarget:
            turn.say(.warning(book.text(CheckInPrompt.baselineNotMerged, ["ref": ref])))
            visit(step.queue, &turn)
        case .pastTarget(let target):
            throw Refusal(reply: .error(book.text(CheckInPrompt.baselinePastTarget, [
                "ref": ref, "answer": answer, "target": target,
            ])))
        }
    }

    private func answerValue(_ line: String, _ o: Int, _ k: Int, _ step: WalkStep, _ turn: inout Turn) throws(Refusal) {
        let keyResult = turn.session.objectives[o].keyResults[k]
        let subject = Subject(o: o, k: k, keyResult: keyResult, progress: progress(of: keyResult, o, in: turn.session))
        guard let plan = try? subject.progress.plan.get() else { return visit(step.queue, &turn) }
        let value: CheckInEntry.Value
        if line.isEmpty {
            guard let last = keyResult.checkIns.last else {
                throw Refusal(reply: .error(book.text(CheckInPrompt.valueNeeded)))
            }
            value = last.done == true ? .done : plan.measure == .milestone ? .notDone(percent: last.value) : .number(last.value ?? 0)
        } else {
            switch CheckInEntry.value(line, plan: plan) {
            case .success(let read): value = read
            case .failure(let refusal): throw Refusal(reply: .error(unreadable(refusal, line, subject, plan)))
            }
        }
        // Confidence and note carry over from the day's earlier check-in until answered again.
        let earlier = keyResult.checkIns.last { $0.date == today }
        let checkIn = CheckInEntry.checkIn(value, on: today, confidence: earlier?.confidence, note: earlier?.note)
        let replaced = CheckInEntry.record(checkIn, on: &turn.session.objectives[o].keyResults[k])
        turn.say(.success(book.text(CheckInPrompt.recorded, [
            "value": shown(checkIn, subject), "ref": subject.ref, "replaced": replaced.map { shown($0, subject) } ?? "",
        ])))
        turn.session.walk = WalkStep(walk: .checkIn, question: .confidence, keyResultID: keyResult.id, queue: step.queue)
        let updated = turn.session.objectives[o].keyResults[k]
        let now = Subject(o: o, k: k, keyResult: updated, progress: progress(of: updated, o, in: turn.session))
        turn.say(ask(.confidence, about: now, in: turn.session))
    }

    /// Why a typed value was not taken.
    private func unreadable(_ refusal: CheckInEntry.Refusal, _ line: String, _ subject: Subject, _ plan: KeyResultPlan) -> String {
        let answer = String(line.prefix(60))
        switch refusal {
        case .doneOnNumber: return book.text(CheckInPrompt.doneOnNumber, ["ref": subject.ref])
        case .notAValue where plan.measure != .milestone:
            return book.text(CheckInPrompt.valueUnreadable, ["answer": answer, "unit": plan.unit ?? ""])
        case .notAValue, .percentOutOfRange: return book.text(CheckInPrompt.milestoneUnreadable, ["answer": answer])
        case .tooLong(let limit): return book.text(CheckInPrompt.valueTooLong, ["limit": PlainNumber.text(Double(limit))])
        }
    }

    private func answerConfidence(_ line: String, _ o: Int, _ k: Int, _ step: WalkStep, _ turn: inout Turn) throws(Refusal) {
        let keyResult = turn.session.objectives[o].keyResults[k]
        let confidence: Double?
        if line.isEmpty {
            confidence = progress(of: keyResult, o, in: turn.session).confidence
        } else {
            guard let read = ConfidenceTag.value(line) else {
                throw Refusal(reply: .error(book.text(CheckInPrompt.confidenceUnreadable)))
            }
            confidence = read
        }
        if let today = keyResult.checkIns.lastIndex(where: { $0.date == self.today }) {
            turn.session.objectives[o].keyResults[k].checkIns[today].confidence = confidence
        }
        if let confidence { turn.session.objectives[o].keyResults[k].confidence = confidence }
        turn.session.walk = WalkStep(walk: .checkIn, question: .note, keyResultID: keyResult.id, queue: step.queue)
        let updated = turn.session.objectives[o].keyResults[k]
        turn.say(.say(noteQuestion(Subject(o: o, k: k, keyResult: updated, progress: progress(of: updated, o, in: turn.session)))))
    }

    private func answerNote(_ line: String, _ o: Int, _ k: Int, _ step: WalkStep, _ turn: inout Turn) {
        if !line.isEmpty, let today = turn.session.objectives[o].keyResults[k].checkIns.lastIndex(where: { $0.date == self.today }) {
            turn.session.objectives[o].keyResults[k].checkIns[today].note = line
        }
        visit(step.queue, &turn)
    }

    /// "What will you change?" for a key result behind, at risk or losing confidence, "what do you know?" when
    /// confidence and the numbers disagree; else an optional note.
    private func noteQuestion(_ subject: Subject) -> String {
        let progress = subject.progress
        let values = [
            "ref": subject.ref, "progress": TrackingWords.percent(progress.progress),
            "expected": progress.expected.map(TrackingWords.percent) ?? "",
        ]
        if let change = progress.confidenceChange, change <= -2, let to = progress.confidence {
            return book.text(CheckInPrompt.askChangeConfidence, [
                "ref": subject.ref, "from": ConfidenceTag.number(to - change), "to": ConfidenceTag.number(to),
            ])
        }
        if progress.divergent, let confidence = progress.confidence {
            return book.text(CheckInPrompt.askDivergent, [
                "ref": subject.ref, "confidence": ConfidenceTag.format(confidence),
                "status": progress.status == .onTrack ? "" : "yes",
            ])
        }
        switch progress.status {
        case .behind: return book.text(CheckInPrompt.askChangeBehind, values)
        case .atRisk:
            let isLevel = (try? progress.plan.get())?.measure.isLevel ?? true
            return book.text(CheckInPrompt.askChangeAtRisk, progress.expected == nil || isLevel ? ["ref": subject.ref] : values)
        default: return book.text(CheckInPrompt.askNote)
        }
    }

    // MARK: - Figures

    /// Where the key result at objective `o` stands today.
    private func progress(of keyResult: KeyResult, _ o: Int, in session: Session) -> KeyResultProgress {
        ProgressReport.progress(of: keyResult, of: session.objectives[o], in: session, firstDay: firstDay, today: today)
    }

    /// A check-in's value as said back: "52%", "$1.2M"… or "done", "40% done", "not done".
    private func shown(_ checkIn: CheckIn, _ subject: Subject) -> String {
        TrackingWords.value(of: checkIn, plan: try? subject.progress.plan.get(), book: book)
    }

    private func number(_ value: Double?, _ subject: Subject) -> String {
        value.map { TrackingWords.number($0, unit: (try? subject.progress.plan.get())?.unit) } ?? ""
    }
}
