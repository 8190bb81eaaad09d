import Foundation
import OKRKit

/// The guided draft: cycle, team, then each objective and its key results, one question at a time.
///
/// A pure step: given the session and the pending question (`DraftStep`), an answer changes the turn's session,
/// says what the coach says and leaves the next question in `Turn.next`, which is saved with the session, so a
/// reopened session resumes where it stopped. No files and no clock: today's date is given.
struct DraftConversation {
    typealias Question = DraftStep.Question

    let book: PromptBook
    /// Today, for the cycle the first question proposes.
    let today: CalendarDay
    /// The KPIs to offer at an objective's review, and the linking of those chosen.
    let kpis: KPIDesk

    private var feedback: Feedback { Feedback(book: book) }

    /// Answers that keep what was written, or move on.
    private static let acceptances: Set<String> = ["ok", "okay", "yes", "y", "keep", "done", "next"]

    /// The first question of a new session.
    func start(_ turn: inout Turn) {
        pose(DraftStep(.cycle), &turn)
    }

    /// Makes `step` the pending question and says it.
    private func pose(_ step: DraftStep, _ turn: inout Turn, reading: Reading? = nil) {
        turn.next = step
        turn.say(question(step, in: turn.session, reading: reading))
    }

    /// The words that ask a step's question, for asking it first and again on resume; `reading` is the key
    /// result's reading when the caller has it (the baseline question names its metric).
    func question(_ step: DraftStep, in session: Session, reading: Reading? = nil) -> Reply {
        let place = step.place(in: session.objectives)
        let o = place?.objective ?? session.objectives.count
        let ref = place?.keyResult.map { Reference.keyResult(o, $0) } ?? Reference.objective(o)
        let objective = session.objectives.indices.contains(o) ? session.objectives[o] : nil
        switch step.question {
        case .cycle:
            return .say(book.text(GuidePrompt.askCycle, ["current": Cycle.quarter(containing: today).label]))
        case .team: return .say(book.text(GuidePrompt.askTeam))
        case .objective:
            return .say(book.text(session.objectives.isEmpty ? GuidePrompt.askFirstObjective : GuidePrompt.askNextObjective))
        case .reviewObjective: return .say(book.text(GuidePrompt.reviewObjective, ["ref": ref.description]))
        case .keyResult:
            return .say(book.text(GuidePrompt.askKeyResult, [
                "ref": ref.description, "number": "\((objective?.keyResults.count ?? 0) + 1)", "objective": objective?.text ?? "",
            ]))
        case .baseline:
            let read = reading ?? place?.keyResult.map { KeyResultReader.read(session.objectives[o].keyResults[$0].text) }
            return .say(book.text(GuidePrompt.askBaseline, ["metric": read?.metric ?? ref.description]))
        case .deadline: return .say(book.text(GuidePrompt.askDeadline, ["ref": ref.description]))
        case .confidence: return .say(book.text(GuidePrompt.askConfidence, ["ref": ref.description]))
        case .reviewKeyResult: return .say(book.text(GuidePrompt.reviewKeyResult, ["ref": ref.description]))
        case .moreKeyResults:
            return .say(book.text(GuidePrompt.askMoreKeyResults, [
                "ref": ref.description, "count": "\(objective?.keyResults.count ?? 0)",
            ]))
        case .kpis: return .say(book.text(GuidePrompt.askKPIs))
        case .nextObjective: return .say(book.text(GuidePrompt.askNextObjective))
        case .offer:
            return .say(book.text(step.objectiveID != nil ? GuidePrompt.offerKeyResult : GuidePrompt.offerObjective, [
                "ref": Reference.objective(o).description,
            ]))
        }
    }

    /// The answer `line` to `step`, about what the question points at now.
    func answer(_ line: String, to step: DraftStep, _ turn: inout Turn) throws(Refusal) {
        // A pending question whose subject is gone was cancelled when it went; this is the last guard.
        guard let place = step.place(in: turn.session.objectives) else {
            turn.next = nil
            return turn.say(.say(book.text(GuidePrompt.idle)))
        }
        let accepts = line.isEmpty || Self.acceptances.contains(line.lowercased())
        let o = place.objective ?? turn.session.objectives.count
        switch step.question {
        case .cycle: try answerCycle(line, &turn)
        case .team:
            if !line.isEmpty {
                turn.session.team = line
                turn.say(.success(book.text(GuidePrompt.teamSet, ["team": line])))
            }
            pose(DraftStep(.objective), &turn)
        case .objective, .nextObjective:
            if line.isEmpty || (step.question == .nextObjective && accepts) { return finish(&turn) }
            addObjective(line, &turn)
        case .reviewObjective:
            guard accepts else {
                let (text, kind) = KindTag.split(line)
                turn.session.objectives[o].text = text
                if let kind { turn.session.objectives[o].kind = kind }
                return objectiveWritten(o, &turn)
            }
            turn.say(.success(book.text(GuidePrompt.objectiveKept, ["ref": Reference.objective(o).description])))
            pose(DraftStep(.keyResult, objective: turn.session.objectives[o].id), &turn)
        case .keyResult, .moreKeyResults:
            if step.question == .moreKeyResults, accepts { return objectiveReview(o, &turn) }
            guard !line.isEmpty else { return turn.say(question(step, in: turn.session)) }
            addKeyResult(line, to: o, &turn)
        case .baseline, .deadline, .confidence:
            try answerFollowUp(line, step, at: place, &turn)
        case .reviewKeyResult:
            let k = place.keyResult ?? 0
            guard accepts else {
                let (text, confidence) = ConfidenceTag.split(line)
                turn.session.objectives[o].keyResults[k].text = text
                if let confidence { turn.session.objectives[o].keyResults[k].confidence = confidence }
                return keyResultWritten(o, k, after: nil, &turn)
            }
            nextKeyResult(o, &turn)
        case .kpis:
            turn.say(try kpis.link(line, choices: step.kpiChoices ?? [], in: &turn.session))
            pose(DraftStep(.nextObjective), &turn)
        case .offer:
            turn.next = nil
            guard ["yes", "y", "ok", "add"].contains(line.lowercased()) else {
                return turn.say(.say(book.text(GuidePrompt.offerDeclined)))
            }
            let text = step.offered ?? ""
            if let o = place.objective { return addKeyResult(text, to: o, &turn) }
            turn.session.objectives.append(Objective(text: text))
            turn.focus = turn.session.objectives.count - 1
            objectiveWritten(turn.session.objectives.count - 1, &turn)
        }
    }

    /// Free text typed with no question pending: offered as a key result of the objective in focus when it
    /// reads like one (a measure that moves), as an objective when it is a short sentence without numbers.
    /// Returns whether it was offered.
    func offer(_ line: String, _ turn: inout Turn) -> Bool {
        let reading = KeyResultReader.read(line)
        let measures = KeyResultReader.quantities(in: line).contains(where: \.isMeasure)
        if measures, reading.direction != nil, let o = turn.focus, turn.session.objectives.indices.contains(o) {
            pose(DraftStep(.offer, objective: turn.session.objectives[o].id, offered: line), &turn)
            return true
        }
        let words = line.split(whereSeparator: \.isWhitespace).count
        guard !measures, (3...18).contains(words) else { return false }
        pose(DraftStep(.offer, offered: line), &turn)
        return true
    }

    /// Adds an objective ("TEXT [committed]") and answers it.
    func addObjective(_ line: String, _ turn: inout Turn) {
        let (text, kind) = KindTag.split(line)
        turn.session.objectives.append(Objective(text: text, kind: kind ?? .aspirational))
        turn.focus = turn.session.objectives.count - 1
        objectiveWritten(turn.session.objectives.count - 1, &turn)
    }

    /// Adds a key result ("TEXT (confidence 7/10)") to the objective at `o` and answers it.
    func addKeyResult(_ line: String, to o: Int, _ turn: inout Turn) {
        let (text, confidence) = ConfidenceTag.split(line)
        turn.session.objectives[o].keyResults.append(KeyResult(text: text, confidence: confidence))
        turn.focus = o
        keyResultWritten(o, turn.session.objectives[o].keyResults.count - 1, after: nil, &turn)
    }

    private func answerCycle(_ line: String, _ turn: inout Turn) throws(Refusal) {
        if ["none", "no", "skip"].contains(line.lowercased()) {
            turn.session.cycle = nil
            turn.say(.say(book.text(GuidePrompt.noCycle)))
            return pose(DraftStep(.team), &turn)
        }
        guard let cycle = line.isEmpty ? Cycle.quarter(containing: today) : Cycle.parseRange(line) ?? Cycle.parse(line) else {
            throw Refusal(reply: .error(book.text(GuidePrompt.cycleUnreadable, ["answer": String(line.prefix(60))])))
        }
        turn.session.cycle = cycle
        turn.say(.success(book.text(GuidePrompt.cycleSet, [
            "cycle": cycle.label, "start": cycle.start.description, "end": cycle.end.description,
        ])))
        pose(DraftStep(.team), &turn)
    }

    /// Feedback on the objective at `o` as it is being drafted (its key-result count is judged later), then its
    /// review question.
    func objectiveWritten(_ o: Int, _ turn: inout Turn) {
        let report = CheckEngine().check([turn.session.objectives[o]], cycle: turn.session.cycle)
        let findings = report.objectives.first?.findings.filter { !$0.is(ObjectiveKeyResultCountRule.self) } ?? []
        turn.judged = findings
        turn.say(feedback.findings(findings, good: book.text(GuidePrompt.goodObjective)))
        pose(DraftStep(.reviewObjective, objective: turn.session.objectives[o].id), &turn)
    }

    /// Shows what was read of the key result at `o`, `k` and its findings, then asks the first follow-up still
    /// missing after `after`. The key result is read and checked once for all of it.
    func keyResultWritten(_ o: Int, _ k: Int, after: Question?, _ turn: inout Turn) {
        guard let report = CheckEngine().check(keyResultAt: k, of: turn.session.objectives[o], cycle: turn.session.cycle)
        else { return }
        turn.judged = report.findings
        turn.say(feedback.keyResult(report, cycle: turn.session.cycle))
        pose(followUp(to: report, after: after), &turn, reading: report.reading)
    }

    /// The next question about a checked key result: baseline, deadline, confidence (each only if missing),
    /// then its review.
    private func followUp(to report: KeyResultReport, after: Question?) -> DraftStep {
        let order: [Question] = [.baseline, .deadline, .confidence]
        let start = after.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        for question in order[start...] {
            let missing = switch question {
            case .baseline: report.findings.contains { $0.is(KeyResultNoBaselineRule.self) }
            case .deadline: report.findings.contains { $0.is(KeyResultNoDeadlineRule.self) }
            default: report.reading.confidence == nil
            }
            if missing { return DraftStep(question, keyResult: report.keyResult.id) }
        }
        return DraftStep(.reviewKeyResult, keyResult: report.keyResult.id)
    }

    /// The answer to a baseline, deadline or confidence question about the key result at `place`.
    private func answerFollowUp(
        _ line: String, _ step: DraftStep, at place: DraftStep.Place, _ turn: inout Turn
    ) throws(Refusal) {
        guard let o = place.objective, let k = place.keyResult else { return pose(DraftStep(.objective), &turn) }
        guard !line.isEmpty, line.lowercased() != "skip" else { return askNextFollowUp(o, k, after: step.question, &turn) }
        let ref = Reference.keyResult(o, k).description
        let keyResult = turn.session.objectives[o].keyResults[k]
        switch step.question {
        case .baseline:
            guard let today = KeyResultReader.quantities(in: line).first(where: \.isMeasure) else {
                throw Refusal(reply: .error(book.text(GuidePrompt.baselineUnreadable, ["answer": String(line.prefix(60))])))
            }
            switch BaselineMerge.merge(baseline: today, into: keyResult, of: turn.session.objectives[o], cycle: turn.session.cycle) {
            case .merged(let merged):
                turn.session.objectives[o].keyResults[k].text = merged
            case .noTarget:
                throw Refusal(reply: .error(book.text(GuidePrompt.baselineNotMerged, ["ref": ref])))
            case .pastTarget(let target):
                throw Refusal(reply: .error(book.text(GuidePrompt.baselinePastTarget, [
                    "ref": ref, "answer": String(line.prefix(60)), "target": target,
                ])))
            }
        case .deadline:
            let starts = ["by", "in", "within", "before", "until", "eo"].contains { line.lowercased().hasPrefix($0) }
            turn.session.objectives[o].keyResults[k].text += starts ? " \(line)" : " by \(line)"
        default:
            guard let confidence = ConfidenceTag.value(line) else {
                throw Refusal(reply: .error(book.text(GuidePrompt.confidenceUnreadable)))
            }
            turn.session.objectives[o].keyResults[k].confidence = confidence
            return askNextFollowUp(o, k, after: step.question, &turn)
        }
        turn.say(.success(book.text(GuidePrompt.merged, ["ref": ref, "text": turn.session.objectives[o].keyResults[k].text])))
        keyResultWritten(o, k, after: step.question, &turn)
    }

    /// Asks the follow-up after `after` still missing from the key result at `o`, `k`, without feedback.
    private func askNextFollowUp(_ o: Int, _ k: Int, after: Question, _ turn: inout Turn) {
        guard let report = CheckEngine().check(keyResultAt: k, of: turn.session.objectives[o], cycle: turn.session.cycle)
        else { return }
        pose(followUp(to: report, after: after), &turn, reading: report.reading)
    }

    /// After a kept key result: more are needed below three, welcome up to five, and at five the objective is reviewed.
    private func nextKeyResult(_ o: Int, _ turn: inout Turn) {
        let count = turn.session.objectives[o].keyResults.count
        if count >= 5 { return objectiveReview(o, &turn) }
        pose(DraftStep(count < 3 ? .keyResult : .moreKeyResults, objective: turn.session.objectives[o].id), &turn)
    }

    /// The objective's review: count, strength, outcome and activity mix, then KPI suggestions to link.
    private func objectiveReview(_ o: Int, _ turn: inout Turn) {
        let objective = turn.session.objectives[o]
        let report = CheckEngine().check([objective], cycle: turn.session.cycle)
        guard let entry = report.objectives.first else { return finish(&turn) }
        let activities = entry.keyResults.filter { $0.findings.contains { $0.is(KeyResultActivityRule.self) } }.count
        let ref = Reference.objective(o).description
        turn.say([
            .say(book.text(GuidePrompt.objectiveReview, [
                "ref": ref, "count": "\(entry.keyResults.count)", "strength": "\(report.summary.strength)",
            ])),
            .meter("strength", report.summary.strength),
            .say(book.text(GuidePrompt.mix, [
                "outcomes": "\(entry.keyResults.count - activities)", "activities": "\(activities)",
            ])),
        ])
        turn.judged = entry.findings
        turn.say(feedback.findings(entry.findings, good: book.text(GuidePrompt.goodObjective)).filter {
            if case .success = $0 { false } else { true }
        })
        let offers = kpis.offers(for: objective)
        guard !offers.isEmpty else { return pose(DraftStep(.nextObjective), &turn) }
        turn.say([.say(book.text(GuidePrompt.suggestHeader, ["ref": ref])), .rows(offers.map(\.row))])
        pose(DraftStep(.kpis, objective: objective.id, kpiChoices: offers.map(\.choice)), &turn)
    }

    /// The end of the guide: a summary card of the whole set and what is left to fix.
    func finish(_ turn: inout Turn) {
        turn.next = nil
        let session = turn.session
        guard !session.objectives.isEmpty else { return turn.say(.say(book.text(GuidePrompt.summaryEmpty))) }
        let summary = CheckEngine().check(session).summary
        let open = summary.errors + summary.warnings + summary.hints > 0
        turn.say([
            .say(book.text(GuidePrompt.summary, [
                "session": session.name, "cycle": session.cycle?.label ?? "", "objectives": "\(session.objectives.count)",
                "keyResults": "\(session.keyResultCount)", "strength": "\(summary.strength)",
            ])),
            .meter("strength", summary.strength),
            open
                ? .warning(book.text(GuidePrompt.summaryOpen, [
                    "errors": "\(summary.errors)", "warnings": "\(summary.warnings)", "hints": "\(summary.hints)",
                ]))
                : .success(book.text(GuidePrompt.summaryClean)),
        ])
    }
}
