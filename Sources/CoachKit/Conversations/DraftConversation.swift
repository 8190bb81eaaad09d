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

    var feedback: Feedback { Feedback(book: book) }

    /// Answers that keep what was written, or move on: never taken as a new wording.
    static let acceptances: Set<String> = [
        "ok", "okay", "yes", "y", "keep", "keep it", "done", "next", "skip", "no", "n", "none", "fine", "good",
    ]

    /// Questions answered with free text, where a question or a progress update typed instead is answered, never
    /// taken as the answer.
    private static let textQuestions: Set<Question> = [
        .objective, .nextObjective, .reviewObjective, .keyResult, .moreKeyResults, .reviewKeyResult, .measure, .outcome,
    ]

    /// The first question of a new session.
    func start(_ turn: inout Turn) {
        pose(DraftStep(.cycle), &turn)
    }

    /// Makes `step` the pending question and says it.
    func pose(_ step: DraftStep, _ turn: inout Turn, reading: Reading? = nil) {
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
        // The key result's reading: the one given, else read now (a question asked again on resume).
        func read() -> Reading? {
            reading ?? place?.keyResult.map { KeyResultReader.read(session.objectives[o].keyResults[$0].text) }
        }
        switch step.question {
        case .cycle:
            return .say(book.text(GuidePrompt.askCycle, ["current": Cycle.quarter(containing: today).label]))
        case .team: return .say(book.text(GuidePrompt.askTeam))
        case .objective:
            return .say(book.text(session.objectives.isEmpty ? GuidePrompt.askFirstObjective : GuidePrompt.askNextObjective))
        case .reviewObjective:
            // The reminders are said in full the first time, shortly after.
            return .say(book.text(GuidePrompt.reviewObjective, [
                "ref": ref.description, "kind": objective?.kind.rawValue ?? ObjectiveKind.aspirational.rawValue,
                "first": session.objectives.count <= 1 ? "yes" : "",
            ]))
        case .keyResult:
            return .say(book.text(GuidePrompt.askKeyResult, [
                "ref": ref.description, "number": "\((objective?.keyResults.count ?? 0) + 1)", "objective": objective?.text ?? "",
                "cycle": session.cycle?.label ?? "",
            ]))
        case .baseline:
            let read = read()
            // A count is asked as "how many"; a level, a rate or an amount as where it stands.
            return .say(book.text(read?.countsThings == true ? GuidePrompt.askBaselineCount : GuidePrompt.askBaseline, [
                "metric": read?.metric ?? ref.description,
            ]))
        case .measure:
            return .say(book.text(GuidePrompt.askMeasure, ["ref": ref.description, "cycle": session.cycle?.label ?? ""]))
        case .outcome:
            return .say(book.text(GuidePrompt.askOutcome, [
                "ref": ref.description, "activity": read()?.verb ?? "", "cycle": session.cycle?.label ?? "",
            ]))
        case .deadline: return .say(book.text(GuidePrompt.askDeadline, ["ref": ref.description]))
        case .confidence: return .say(book.text(GuidePrompt.askConfidence, ["ref": ref.description]))
        case .reviewKeyResult:
            return .say(book.text(GuidePrompt.reviewKeyResult, [
                "ref": ref.description, "first": session.keyResultCount <= 1 ? "yes" : "",
            ]))
        case .moreKeyResults:
            return .say(book.text(GuidePrompt.askMoreKeyResults, [
                "ref": ref.description, "count": book.count(objective?.keyResults.count ?? 0, .keyResult),
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
        if let aside = aside(line, to: step.question) {
            throw Refusal(replies: [aside, question(step, in: turn.session)])
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
            let ref = Reference.objective(o).description
            if let kind = ObjectiveKind(rawValue: line.lowercased()) {
                turn.session.objectives[o].kind = kind
                turn.say(.success(book.text(CoachPrompt.kindSet, ["ref": ref, "kind": kind.rawValue])))
            } else if !accepts {
                try refuseWordless(line, replacing: ref, step, in: turn.session)
                let (text, kind) = KindTag.split(line)
                turn.say(replaced(ref, was: turn.session.objectives[o].text))
                turn.session.objectives[o].text = text
                if let kind { turn.session.objectives[o].kind = kind }
                return objectiveWritten(o, &turn)
            }
            turn.say(.success(book.text(GuidePrompt.objectiveKept, ["ref": ref])))
            pose(DraftStep(.keyResult, objective: turn.session.objectives[o].id), &turn)
        case .keyResult, .moreKeyResults:
            if step.question == .moreKeyResults, accepts { return objectiveReview(o, &turn) }
            // Enter alone asks again, changing nothing (so nothing is saved and there is nothing to undo).
            guard !line.isEmpty else { throw Refusal(replies: [question(step, in: turn.session)]) }
            addKeyResult(line, to: o, &turn)
        case .measure, .outcome:
            try answerRewording(line, step, at: place, &turn)
        case .baseline, .deadline, .confidence:
            try answerFollowUp(line, step, at: place, &turn)
        case .reviewKeyResult:
            let k = place.keyResult ?? 0
            // A bare number after a word on confidence ("6", "6/10") is the confidence, never the new wording.
            if !accepts, !line.contains(where: \.isLetter), let confidence = ConfidenceTag.value(line) {
                turn.session.objectives[o].keyResults[k].confidence = confidence
                let ref = Reference.keyResult(o, k).description
                turn.say(.success(book.text(CoachPrompt.confidenceSet, ["ref": ref, "confidence": ConfidenceTag.format(confidence)])))
                if let report = check(o, k, in: turn.session) { turn.say(confidenceWords(report, o, k, in: turn.session)) }
                return pose(step, &turn)
            }
            guard accepts else {
                try refuseWordless(line, replacing: Reference.keyResult(o, k).description, step, in: turn.session)
                let (text, confidence) = ConfidenceTag.split(line)
                turn.say(replaced(Reference.keyResult(o, k).description, was: turn.session.objectives[o].keyResults[k].text))
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

    /// Free text typed with no question pending, and no aside (the coach answers those first, `aside(_:to:)`):
    /// offered as a key result of the objective in focus when it reads like one (a measure that moves), as an
    /// objective when it is a short sentence without numbers. Returns whether it was offered.
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

    /// Adds an objective ("TEXT [committed] @Ana") and answers it.
    func addObjective(_ line: String, _ turn: inout Turn) {
        let (tagged, kind) = KindTag.split(line)
        let (text, owner) = OwnerTag.split(tagged)
        var objective = Objective(text: text, kind: kind ?? .aspirational)
        objective.owner = owner
        turn.session.objectives.append(objective)
        turn.focus = turn.session.objectives.count - 1
        objectiveWritten(turn.session.objectives.count - 1, &turn)
    }

    /// Adds a key result ("TEXT (confidence 7/10) @Ana") to the objective at `o` and answers it.
    func addKeyResult(_ line: String, to o: Int, _ turn: inout Turn) {
        let (text, confidence, owner) = OwnerTag.splitWithConfidence(line)
        var keyResult = KeyResult(text: text, confidence: confidence)
        keyResult.owner = owner
        turn.session.objectives[o].keyResults.append(keyResult)
        turn.focus = o
        keyResultWritten(o, turn.session.objectives[o].keyResults.count - 1, after: nil, &turn)
    }

    private func answerCycle(_ line: String, _ turn: inout Turn) throws(Refusal) {
        if ["none", "no", "skip"].contains(line.lowercased()) {
            turn.session.cycle = nil
            turn.say(.say(book.text(GuidePrompt.noCycle)))
            return pose(DraftStep(.team), &turn)
        }
        guard let cycle = line.isEmpty ? Cycle.quarter(containing: today) : Cycle.read(line) else {
            throw Refusal(reply: .error(book.text(GuidePrompt.cycleUnreadable, ["answer": String(line.prefix(60))])))
        }
        turn.session.cycle = cycle
        turn.say(.success(book.text(GuidePrompt.cycleSet, cycle.promptValues)))
        pose(DraftStep(.team), &turn)
    }

    /// Feedback on the objective at `o` as it is being drafted (its key-result count is judged later), then its
    /// review question.
    func objectiveWritten(_ o: Int, _ turn: inout Turn) {
        let report = CheckEngine().check([turn.session.objectives[o]], cycle: turn.session.cycle)
        let findings = report.objectives.first?.findings.filter { !$0.is(ObjectiveKeyResultCountRule.self) } ?? []
        turn.judged = Judgement(findings, about: .objective(o))
        turn.say(feedback.findings(findings, good: book.text(GuidePrompt.goodObjective)))
        pose(DraftStep(.reviewObjective, objective: turn.session.objectives[o].id), &turn)
    }

    /// Shows what was read of the key result at `o`, `k` and its findings, then asks the first follow-up still
    /// missing after `after`. The key result is read and checked once for all of it.
    func keyResultWritten(_ o: Int, _ k: Int, after: Question?, _ turn: inout Turn) {
        guard let report = check(o, k, in: turn.session) else { return }
        turn.judged = Judgement(report.findings, about: .keyResult(o, k))
        turn.say(feedback.keyResult(report, cycle: turn.session.cycle))
        if !report.findings.contains(where: { $0.is(KeyResultConfidenceRule.self) }) {
            turn.say(confidenceWords(report, o, k, in: turn.session))
        }
        pose(followUp(to: report, after: after), &turn, reading: report.reading)
    }

    /// Refuses a line with no words as the new wording of an objective or key result ("3%", "$40k", "12"): it is
    /// an answer to some other question, and would replace the text with a number.
    func refuseWordless(_ line: String, replacing ref: String, _ step: DraftStep, in session: Session) throws(Refusal) {
        guard !WordList(line).words.contains(where: { $0.first?.isNumber == false }) else { return }
        throw Refusal(replies: [
            .error(book.text(GuidePrompt.revisionWordless, ["answer": String(line.prefix(40)), "ref": ref])),
            question(step, in: session),
        ])
    }

    /// "Replaced O2.KR3 (was: …). /undo brings it back."
    func replaced(_ ref: String, was old: String) -> Reply {
        .say(book.text(GuidePrompt.replaced, ["ref": ref, "old": old]))
    }

    /// A question or a progress update typed where an answer was expected (`question`, or `nil` with no question
    /// pending): a short word pointing where to look, never taken as the answer.
    func aside(_ line: String, to question: Question?) -> Reply? {
        guard question.map(Self.textQuestions.contains) ?? true, let aside = Aside.of(line) else { return nil }
        switch aside {
        case .question: return .say(book.text(GuidePrompt.asideQuestion))
        case .statusUpdate: return .say(book.text(GuidePrompt.asideStatusUpdate))
        }
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
        // A key result counts as measuring an outcome only when it has something to measure and is no activity.
        let activities = entry.keyResults.filter { $0.findings.contains { $0.is(KeyResultActivityRule.self) } }.count
        let unmeasured = entry.keyResults.filter { keyResult in
            keyResult.findings.contains { $0.is(KeyResultNoNumberRule.self) }
                && !keyResult.findings.contains { $0.is(KeyResultActivityRule.self) }
        }.count
        let ref = Reference.objective(o).description
        turn.say([
            .say(book.text(GuidePrompt.objectiveReview, [
                "ref": ref, "count": book.count(entry.keyResults.count, .keyResult), "strength": "\(report.summary.strength)",
            ])),
            .meter("strength", report.summary.strength),
            .say(book.text(GuidePrompt.mix, [
                "outcomes": "\(entry.keyResults.count - activities - unmeasured)", "activities": "\(activities)",
                "unmeasured": unmeasured == 0 ? "" : "\(unmeasured)",
            ])),
        ])
        turn.judged = Judgement(report, firstObjective: o)
        turn.say(feedback.findings(entry.findings, good: book.text(GuidePrompt.goodObjective)).filter {
            if case .success = $0 { false } else { true }
        })
        let offers = kpis.offers(for: objective, checked: entry.keyResults)
        guard !offers.isEmpty else {
            turn.say(.say(book.text(GuidePrompt.noKPIs, ["ref": ref])))
            return pose(DraftStep(.nextObjective), &turn)
        }
        turn.say([.say(book.text(GuidePrompt.suggestHeader, ["ref": ref])), .rows(offers.map(\.row))])
        pose(DraftStep(.kpis, objective: objective.id, kpiChoices: offers.map(\.choice)), &turn)
    }

    /// The end of the guide: a summary card of the whole set and what is left to fix.
    func finish(_ turn: inout Turn) {
        turn.next = nil
        let session = turn.session
        guard !session.objectives.isEmpty else { return turn.say(.say(book.text(GuidePrompt.summaryEmpty))) }
        let report = CheckEngine().check(session)
        let summary = report.summary
        turn.judged = Judgement(report)
        let open = summary.errors + summary.warnings + summary.hints > 0
        turn.say([
            .say(book.text(GuidePrompt.summary, [
                "session": session.name, "cycle": session.cycle?.label ?? "",
                "objectives": book.count(session.objectives.count, .objective),
                "keyResults": book.count(session.keyResultCount, .keyResult), "strength": "\(summary.strength)",
            ])),
            .meter("strength", summary.strength),
            open
                ? .warning(book.text(GuidePrompt.summaryOpen, [
                    "errors": book.count(summary.errors, .error), "warnings": book.count(summary.warnings, .warning),
                    "hints": book.count(summary.hints, .hint),
                ]))
                : .success(book.text(GuidePrompt.summaryClean)),
        ])
    }
}
