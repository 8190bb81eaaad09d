import Foundation
import OKRKit

/// The guided draft: cycle, team, then each objective and its key results, one question at a time.
///
/// The pending question lives in the session (`Session.draft`), so it is saved with every answer and a
/// reopened session resumes where it stopped. Every answer is a change, so `/undo` steps back through it.
extension Coach {
    typealias Question = DraftStep.Question

    /// The first question of a new session, saved as its pending question.
    func startGuide() -> Outcome {
        change { session, _ in [pose(DraftStep(.cycle), in: &session)] }
    }

    /// Asks `step`: makes it the pending question and returns the words that ask it.
    func pose(_ step: DraftStep, in session: inout Session) -> Reply {
        session.draft = step
        return ask(step, in: session)
    }

    /// A question about the objective at `o`, pointing at it by id.
    func asking(_ question: Question, aboutObjective o: Int, of session: Session) -> DraftStep {
        DraftStep(question, objective: session.objectives[o].id)
    }

    /// The words that ask a step's question, for asking it first and again on resume.
    func ask(_ step: DraftStep, in session: Session) -> Reply {
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
            let metric = place?.keyResult.flatMap { reading(of: session, o, $0).metric } ?? ref.description
            return .say(book.text(GuidePrompt.askBaseline, ["metric": metric]))
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

    /// Free text while a question is pending: the answer to it, about what the question points at now.
    func answer(_ line: String, to step: DraftStep) -> Outcome {
        let accepts = line.isEmpty || ["ok", "okay", "yes", "y", "keep", "done", "next"].contains(line.lowercased())
        return change { (session, focus) throws(Refusal) in
            // A pending question whose subject is gone was cancelled when it went; this is the last guard.
            guard let place = step.place(in: session.objectives) else {
                session.draft = nil
                return [.say(book.text(GuidePrompt.idle))]
            }
            let o = place.objective ?? session.objectives.count
            switch step.question {
            case .cycle: return try answerCycle(line, &session)
            case .team:
                if !line.isEmpty { session.team = line }
                return (line.isEmpty ? [] : [.success(book.text(GuidePrompt.teamSet, ["team": line]))])
                    + [pose(DraftStep(.objective), in: &session)]
            case .objective, .nextObjective:
                if line.isEmpty || (step.question == .nextObjective && accepts) { return finishGuide(&session) }
                let (text, kind) = KindTag.split(line)
                session.objectives.append(Objective(text: text, kind: kind ?? .aspirational))
                let added = session.objectives.count - 1
                focus = added
                return objectiveWritten(&session, added)
            case .reviewObjective:
                guard accepts else {
                    let (text, kind) = KindTag.split(line)
                    session.objectives[o].text = text
                    if let kind { session.objectives[o].kind = kind }
                    return objectiveWritten(&session, o)
                }
                return [.success(book.text(GuidePrompt.objectiveKept, ["ref": Reference.objective(o).description])),
                        pose(asking(.keyResult, aboutObjective: o, of: session), in: &session)]
            case .keyResult, .moreKeyResults:
                if step.question == .moreKeyResults, accepts { return objectiveReview(&session, o) }
                guard !line.isEmpty else { return [ask(step, in: session)] }
                let (text, confidence) = ConfidenceTag.split(line)
                session.objectives[o].keyResults.append(KeyResult(text: text, confidence: confidence))
                focus = o
                return keyResultWritten(&session, o, session.objectives[o].keyResults.count - 1, after: nil)
            case .baseline, .deadline, .confidence:
                return try answerFollowUp(line, step, at: place, &session)
            case .reviewKeyResult:
                let k = place.keyResult ?? 0
                guard accepts else {
                    let (text, confidence) = ConfidenceTag.split(line)
                    session.objectives[o].keyResults[k].text = text
                    if let confidence { session.objectives[o].keyResults[k].confidence = confidence }
                    return keyResultWritten(&session, o, k, after: nil)
                }
                return nextKeyResult(&session, o)
            case .kpis:
                return try linkChosen(line, choices: step.kpiChoices ?? [], in: &session) + nextAfterKPIs(&session)
            case .offer:
                session.draft = nil
                guard ["yes", "y", "ok", "add"].contains(line.lowercased()) else {
                    return [.say(book.text(GuidePrompt.offerDeclined))]
                }
                let text = step.offered ?? ""
                if let o = place.objective {
                    session.objectives[o].keyResults.append(KeyResult(text: text))
                    focus = o
                    return keyResultWritten(&session, o, session.objectives[o].keyResults.count - 1, after: nil)
                }
                session.objectives.append(Objective(text: text))
                focus = session.objectives.count - 1
                return objectiveWritten(&session, session.objectives.count - 1)
            }
        }
    }

    private func answerCycle(_ line: String, _ session: inout Session) throws(Refusal) -> [Reply] {
        if ["none", "no", "skip"].contains(line.lowercased()) {
            session.cycle = nil
            return [.say(book.text(GuidePrompt.noCycle)), pose(DraftStep(.team), in: &session)]
        }
        guard let cycle = line.isEmpty ? Cycle.quarter(containing: today) : Cycle.parseRange(line) ?? Cycle.parse(line) else {
            throw Refusal(reply: .error(book.text(GuidePrompt.cycleUnreadable, ["answer": String(line.prefix(60))])))
        }
        session.cycle = cycle
        return [
            .success(book.text(GuidePrompt.cycleSet, [
                "cycle": cycle.label, "start": cycle.start.description, "end": cycle.end.description,
            ])),
            pose(DraftStep(.team), in: &session),
        ]
    }

    func objectiveWritten(_ session: inout Session, _ o: Int) -> [Reply] {
        return objectiveFeedback(session, objective: o) + [pose(asking(.reviewObjective, aboutObjective: o, of: session), in: &session)]
    }

    /// Shows what was read of a key result, then asks the first follow-up still missing after `after`.
    /// The key result is checked once for both.
    func keyResultWritten(_ session: inout Session, _ o: Int, _ k: Int, after: Question?) -> [Reply] {
        let checked = review(session, objective: o, keyResult: k)
        let next = followUp(to: checked, session.objectives[o].keyResults[k].id, after: after)
        return (checked.map { keyResultFeedback($0, cycle: session.cycle) } ?? []) + [pose(next, in: &session)]
    }

    /// The next question about a checked key result: baseline, deadline, confidence (each only if missing),
    /// then its review.
    private func followUp(to checked: CheckReportDocument.KeyResultEntry?, _ id: UUID, after: Question?) -> DraftStep {
        let order: [Question] = [.baseline, .deadline, .confidence]
        let start = after.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let rules = Set(checked?.findings.map(\.rule) ?? [])
        for question in order[start...] {
            let missing = switch question {
            case .baseline: rules.contains(KeyResultNoBaselineRule.description.id)
            case .deadline: rules.contains(KeyResultNoDeadlineRule.description.id)
            default: checked?.reading.confidence == nil
            }
            if missing { return DraftStep(question, keyResult: id) }
        }
        return DraftStep(.reviewKeyResult, keyResult: id)
    }

    /// The answer to a baseline, deadline or confidence question about the key result at `place`.
    private func answerFollowUp(
        _ line: String, _ step: DraftStep, at place: DraftStep.Place, _ session: inout Session
    ) throws(Refusal) -> [Reply] {
        guard let o = place.objective, let k = place.keyResult else { return [pose(DraftStep(.objective), in: &session)] }
        let id = session.objectives[o].keyResults[k].id
        guard !line.isEmpty, line.lowercased() != "skip" else {
            return [pose(followUp(to: review(session, objective: o, keyResult: k), id, after: step.question), in: &session)]
        }
        let ref = Reference.keyResult(o, k).description
        switch step.question {
        case .baseline:
            guard let today = KeyResultReader.quantities(in: line).first(where: \.isMeasure) else {
                throw Refusal(reply: .error(book.text(GuidePrompt.baselineUnreadable, ["answer": String(line.prefix(60))])))
            }
            guard let merged = BaselineMerge.stating(
                baseline: today, in: session.objectives[o].keyResults[k], of: session.objectives[o], cycle: session.cycle)
            else {
                throw Refusal(reply: .error(book.text(GuidePrompt.baselineNotMerged, ["ref": ref])))
            }
            session.objectives[o].keyResults[k].text = merged
        case .deadline:
            let starts = ["by", "in", "within", "before", "until", "eo"].contains { line.lowercased().hasPrefix($0) }
            session.objectives[o].keyResults[k].text += starts ? " \(line)" : " by \(line)"
        default:
            guard let confidence = ConfidenceTag.value(line) else {
                throw Refusal(reply: .error(book.text(GuidePrompt.confidenceUnreadable)))
            }
            session.objectives[o].keyResults[k].confidence = confidence
            return [pose(followUp(to: review(session, objective: o, keyResult: k), id, after: step.question), in: &session)]
        }
        let merged = Reply.success(book.text(GuidePrompt.merged, ["ref": ref, "text": session.objectives[o].keyResults[k].text]))
        return [merged] + keyResultWritten(&session, o, k, after: step.question)
    }

    /// After a kept key result: more are needed below three, welcome up to five, and at five the objective is reviewed.
    private func nextKeyResult(_ session: inout Session, _ o: Int) -> [Reply] {
        let count = session.objectives[o].keyResults.count
        if count >= 5 { return objectiveReview(&session, o) }
        return [pose(asking(count < 3 ? .keyResult : .moreKeyResults, aboutObjective: o, of: session), in: &session)]
    }

    /// The objective's review: count, strength, outcome and activity mix, then KPI suggestions to link.
    private func objectiveReview(_ session: inout Session, _ o: Int) -> [Reply] {
        guard let run = review(session, objective: o), let entry = run.document.objectives.first else {
            return finishGuide(&session)
        }
        let activities = entry.keyResults.filter { $0.findings.contains { $0.rule == KeyResultActivityRule.description.id } }.count
        var replies: [Reply] = [
            .say(book.text(GuidePrompt.objectiveReview, [
                "ref": "O\(o + 1)", "count": "\(entry.keyResults.count)", "strength": "\(run.report.summary.strength)",
            ])),
            .meter("strength", run.report.summary.strength),
            .say(book.text(GuidePrompt.mix, [
                "outcomes": "\(entry.keyResults.count - activities)", "activities": "\(activities)",
            ])),
        ]
        replies += feedback(entry.findings, good: book.text(GuidePrompt.goodObjective)).filter {
            if case .success = $0 { false } else { true }
        }
        let choices = suggestionChoices(for: session.objectives[o])
        guard !choices.isEmpty else { return replies + nextAfterKPIs(&session) }
        let offer = DraftStep(.kpis, objective: session.objectives[o].id, kpiChoices: choices.map(\.choice))
        return replies + [.say(book.text(GuidePrompt.suggestHeader, ["ref": "O\(o + 1)"])), .rows(choices.map(\.row)),
                          pose(offer, in: &session)]
    }

    private func nextAfterKPIs(_ session: inout Session) -> [Reply] {
        [pose(DraftStep(.nextObjective), in: &session)]
    }

    /// The end of the guide: a summary card of the whole set and what is left to fix.
    func finishGuide(_ session: inout Session) -> [Reply] {
        session.draft = nil
        guard !session.objectives.isEmpty else { return [.say(book.text(GuidePrompt.summaryEmpty))] }
        let run = CheckRun(session, book: book)
        let summary = run.report.summary
        let open = summary.errors + summary.warnings + summary.hints > 0
        return [
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
        ]
    }

    /// The reading of a key result in a session.
    func reading(of session: Session, _ o: Int, _ k: Int) -> Reading {
        guard session.objectives.indices.contains(o), session.objectives[o].keyResults.indices.contains(k) else {
            return Reading()
        }
        return KeyResultReader.read(session.objectives[o].keyResults[k].text)
    }

    /// Today in local time, by the coach's clock (libc's calendar: Foundation's would load ICU for one date).
    var today: CalendarDay {
        var seconds = time_t(now().timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        guard let today = CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { preconditionFailure("the C library gave an impossible date for \(now())") }
        return today
    }
}
