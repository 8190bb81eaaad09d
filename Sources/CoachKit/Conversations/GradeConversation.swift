import Foundation
import OKRKit

/// End-of-cycle grading (`/grade`): each key result's computed score, accepted or replaced with a reason (and a
/// look back on a committed one missed), then each objective's plan for the next cycle and what was learned; then
/// the scorecard.
///
/// A pure step like the check-in walk: every answer is saved in the session at once, and the next question is
/// kept in the session's `walk`, whose queue holds the objectives still to grade.
struct GradeConversation {
    let book: PromptBook
    let today: CalendarDay
    /// The session's first day, the start of its span when it has no cycle.
    let firstDay: CalendarDay

    /// Answers that accept the computed score or pass over a question.
    static let acceptances: Set<String> = ["", "ok", "okay", "yes", "y", "accept", "keep it", "fine"]

    /// Starts grading every objective, in order.
    func start(_ turn: inout Turn) {
        let ids = turn.session.objectives.filter { !$0.keyResults.isEmpty }.map(\.id)
        guard !ids.isEmpty else { return turn.say(.say(book.text(GradePrompt.nothingToGrade))) }
        let end = turn.session.cycle?.end
        turn.say(.say(book.text(GradePrompt.start, [
            "count": book.count(ids.count, .objective), "date": today.description,
            "early": end.map { today < $0 } == true ? "yes" : "", "end": end?.description ?? "",
        ])))
        gradeObjective(ids, &turn)
    }

    /// The question of `step`, asked again (on resume).
    func question(_ step: WalkStep, in session: Session) -> [Reply] {
        guard let o = session.objectives.firstIndex(where: { $0.id == step.objectiveID }) else { return [] }
        let k = step.keyResultID.flatMap { id in session.objectives[o].keyResults.firstIndex { $0.id == id } }
        return [ask(step.question, o, k, progress(of: o, in: session))]
    }

    /// The answer `line` to `step`.
    func answer(_ line: String, to step: WalkStep, _ turn: inout Turn) throws(Refusal) {
        if CheckInConversation.stopWords.contains(line.lowercased()) {
            turn.session.walk = nil
            return turn.say(.say(book.text(GradePrompt.stopped)))
        }
        guard let o = turn.session.objectives.firstIndex(where: { $0.id == step.objectiveID }) else {
            return gradeObjective(step.queue, &turn)
        }
        let k = step.keyResultID.flatMap { id in turn.session.objectives[o].keyResults.firstIndex { $0.id == id } }
        switch step.question {
        case .score:
            guard let k else { return askPlan(o, step, &turn) }
            try answerScore(line, o, k, step, &turn)
        case .lookBack:
            if let k, !Self.acceptances.contains(line.lowercased()) { turn.session.objectives[o].keyResults[k].lookBack = line }
            nextKeyResult(after: k, o, step, &turn)
        case .plan:
            guard let plan = Self.plan(line) else { throw Refusal(reply: .error(book.text(GradePrompt.planUnreadable))) }
            turn.session.objectives[o].nextCycle = plan
            pose(WalkStep(walk: .grade, question: .learned, objectiveID: step.objectiveID, queue: step.queue), o, nil, &turn)
        default:
            if !line.isEmpty { turn.session.objectives[o].learned = line }
            gradeObjective(step.queue, &turn)
        }
    }

    // MARK: - Steps

    /// Grades the first objective of `queue` still in the set, from its first key result; the scorecard when none
    /// is left.
    private func gradeObjective(_ queue: [UUID], _ turn: inout Turn) {
        var queue = queue[...]
        while let id = queue.popFirst() {
            guard let o = turn.session.objectives.firstIndex(where: { $0.id == id }),
                let first = turn.session.objectives[o].keyResults.first
            else { continue }
            return pose(WalkStep(walk: .grade, question: .score, keyResultID: first.id, objectiveID: id, queue: Array(queue)), o, 0, &turn)
        }
        turn.session.walk = nil
        turn.say(scorecard(ProgressReport(session: turn.session, firstDay: firstDay, today: today), cycle: turn.session.cycle))
    }

    private func answerScore(_ line: String, _ o: Int, _ k: Int, _ step: WalkStep, _ turn: inout Turn) throws(Refusal) {
        let computed = progress(of: o, in: turn.session).keyResults[k]
        if !Self.acceptances.contains(line.lowercased()) {
            guard let (score, reason) = Self.givenScore(line) else {
                throw Refusal(reply: .error(book.text(GradePrompt.scoreUnreadable, ["score": Self.score(computed.score)])))
            }
            guard !reason.isEmpty else {
                throw Refusal(reply: .error(book.text(GradePrompt.reasonNeeded, [
                    "score": Self.score(score), "computed": Self.score(computed.score),
                ])))
            }
            turn.session.objectives[o].keyResults[k].givenScore = GivenScore(score: score, reason: reason)
            turn.say(.success(book.text(GradePrompt.scoreGiven, [
                "ref": Reference.keyResult(o, k).description, "score": Self.score(score), "reason": reason,
            ])))
        }
        let final = turn.session.objectives[o].keyResults[k].givenScore?.score ?? computed.score
        if turn.session.objectives[o].kind == .committed, !ScoreBand.succeeded(final, kind: .committed) {
            let next = WalkStep(walk: .grade, question: .lookBack, keyResultID: step.keyResultID, objectiveID: step.objectiveID, queue: step.queue)
            return pose(next, o, k, &turn)
        }
        nextKeyResult(after: k, o, step, &turn)
    }

    /// The key result after `k` of objective `o`, or the objective's plan after its last one.
    private func nextKeyResult(after k: Int?, _ o: Int, _ step: WalkStep, _ turn: inout Turn) {
        let keyResults = turn.session.objectives[o].keyResults
        guard let k, k + 1 < keyResults.count else { return askPlan(o, step, &turn) }
        pose(WalkStep(walk: .grade, question: .score, keyResultID: keyResults[k + 1].id, objectiveID: step.objectiveID, queue: step.queue), o, k + 1, &turn)
    }

    private func askPlan(_ o: Int, _ step: WalkStep, _ turn: inout Turn) {
        pose(WalkStep(walk: .grade, question: .plan, objectiveID: step.objectiveID, queue: step.queue), o, nil, &turn)
    }

    /// Makes `step` the pending question and asks it.
    private func pose(_ step: WalkStep, _ o: Int, _ k: Int?, _ turn: inout Turn) {
        turn.session.walk = step
        turn.say(ask(step.question, o, k, progress(of: o, in: turn.session)))
    }

    // MARK: - Words

    /// Objective `o` of `session` on today, read alone: each answer reads one objective, not the whole set.
    private func progress(of o: Int, in session: Session) -> ProgressReport.ObjectiveProgress {
        ProgressReport.progress(of: session.objectives[o], in: session, firstDay: firstDay, today: today)
    }

    private func ask(_ question: WalkStep.Question, _ o: Int, _ k: Int?, _ objective: ProgressReport.ObjectiveProgress) -> Reply {
        guard let k, objective.keyResults.indices.contains(k) else {
            let ref = Reference.objective(o).description
            if question == .learned { return .say(book.text(GradePrompt.askLearned, ["ref": ref])) }
            let score = objective.score ?? 0
            return .say(book.text(GradePrompt.askPlan, [
                "ref": ref, "text": objective.objective.text, "score": Self.score(score), "band": band(score),
            ]))
        }
        let progress = objective.keyResults[k]
        let keyResult = objective.objective.keyResults[k]
        let ref = Reference.keyResult(o, k).description
        if question == .lookBack {
            return .say(book.text(GradePrompt.askLookBack, ["ref": ref, "score": Self.score(progress.finalScore)]))
        }
        return .say(book.text(GradePrompt.askScore, [
            "ref": ref, "text": keyResult.text, "score": Self.score(progress.score), "band": band(progress.score),
            "basis": basis(progress), "given": progress.givenScore.map { Self.score($0.score) } ?? "",
            "reason": progress.givenScore?.reason ?? "",
        ]))
    }

    /// What a computed score rests on: "62% of the way from 45 to 70, last 60".
    private func basis(_ progress: KeyResultProgress) -> String {
        guard let plan = try? progress.plan.get() else { return book.text(GradePrompt.basisUntracked) }
        guard let last = progress.checkIns.last else { return book.text(GradePrompt.basisNone) }
        switch plan.measure {
        case .atLeast, .atMost:
            let held = progress.checkIns.filter { KeyResultProgress.holds($0, plan) == true }.count
            return book.text(GradePrompt.basisLevel, [
                "level": TrackingWords.number(plan.target ?? 0, unit: plan.unit), "held": "\(held)",
                "count": book.count(progress.checkIns.count, .checkIn),
            ])
        case .milestone:
            return book.text(GradePrompt.basisMilestone, ["state": TrackingWords.value(of: last, plan: plan, book: book)])
        case .increase, .decrease, .achieve:
            return book.text(GradePrompt.basisProgress, [
                "progress": TrackingWords.percent(progress.rawProgress ?? 0),
                "baseline": TrackingWords.number(plan.baseline ?? 0, unit: plan.unit),
                "target": TrackingWords.number(plan.target ?? 0, unit: plan.unit),
                "current": TrackingWords.value(of: last, plan: plan, book: book),
            ])
        }
    }

    /// The scorecard: each objective and key result with its score and band, then the set's verdict.
    func scorecard(_ report: ProgressReport, cycle: Cycle?) -> [Reply] {
        var rows: [Reply.Row] = []
        for (o, objective) in report.objectives.enumerated() {
            let score = objective.score ?? 0
            rows.append(Reply.Row(Reference.objective(o).description, book.text(GradePrompt.scorecardObjective, [
                "score": Self.score(score), "band": band(score), "plan": objective.objective.nextCycle?.rawValue ?? "",
                "text": objective.objective.text,
            ])))
            for (k, keyResult) in objective.keyResults.enumerated() {
                let final = keyResult.finalScore
                rows.append(Reply.Row("  " + Reference.keyResult(o, k).description, book.text(GradePrompt.scorecardKeyResult, [
                    "score": Self.score(final), "band": band(final), "given": keyResult.givenScore == nil ? "" : "yes",
                    "missed": objective.objective.kind == .committed && !ScoreBand.succeeded(final, kind: .committed) ? "yes" : "",
                    "text": objective.objective.keyResults[k].text,
                ])))
            }
        }
        var replies: [Reply] = [.say(book.text(GradePrompt.scorecard, ["cycle": cycle?.label ?? ""])), .rows(rows)]
        if let score = report.score, let verdict = report.verdict {
            let words: GradePrompt = switch verdict {
            case .tooSafe: .verdictTooSafe
            case .healthy: .verdictHealthy
            case .partial: .verdictPartial
            case .outran: .verdictOutran
            }
            replies.append(.say(book.text(GradePrompt.verdict, ["score": Self.score(score), "words": book.text(words)])))
        }
        replies.append(.say(book.text(GradePrompt.nextCycleHint)))
        return replies
    }

    private func band(_ score: Double) -> String {
        switch ScoreBand(score) {
        case .missed: book.text(GradePrompt.bandMissed)
        case .progress: book.text(GradePrompt.bandProgress)
        case .delivered: book.text(GradePrompt.bandDelivered)
        }
    }

    /// A score as shown: two decimals, "0.70".
    static func score(_ value: Double) -> String { String(format: "%.2f", value) }

    /// "0.8 the launch slipped" or "80%, the launch slipped": a score from 0 to 1 and the reason after it.
    static func givenScore(_ line: String) -> (Double, String)? {
        let number = line.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !number.isEmpty, var value = Double(number), value.isFinite else { return nil }
        var rest = line.dropFirst(number.count)
        if rest.first == "%" {
            value /= 100
            rest = rest.dropFirst()
        }
        guard (0...1).contains(value) else { return nil }
        let reason = rest.drop { $0.isWhitespace || ",:;-–—".contains($0) }
        return (value, String(reason).trimmingSpaces())
    }

    /// "keep", "change" or "drop" (or their first letters).
    static func plan(_ line: String) -> NextCyclePlan? {
        let word = line.lowercased().trimmingSpaces()
        return NextCyclePlan.allCases.first { $0.rawValue == word || String($0.rawValue.prefix(1)) == word }
    }
}
