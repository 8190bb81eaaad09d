import Foundation
import OKRKit

/// Check-ins in the coach: `/checkin [REF]`, `/history REF`, `/measure REF [KIND]`, and the walks' questions.
extension Coach {
    /// The weekly check-in walk, as of today.
    var checkIns: CheckInConversation {
        CheckInConversation(book: book, today: today, firstDay: firstDay)
    }

    /// The open session's first day (local), the start of its span when it has no cycle.
    var firstDay: CalendarDay { current.map { CalendarDay.local($0.session.createdAt) } ?? today }

    /// `/checkin [REF]`: walks every key result, or the one named (an objective's, for `O2`).
    func checkIn(_ argument: String) -> Outcome {
        var ids: [UUID]
        if argument.isEmpty {
            guard let open = current else { return noSessionOpen }
            ids = open.session.objectives.flatMap { $0.keyResults.map(\.id) }
        } else {
            let (open, ref): (OpenSession, Reference)
            do { (open, ref) = try existing(argument) } catch { return error.outcome }
            switch ref {
            case .objective(let o): ids = open.session.objectives[o].keyResults.map(\.id)
            case .keyResult(let o, let k): ids = [open.session.objectives[o].keyResults[k].id]
            }
        }
        return change { turn in checkIns.start(ids, &turn) }
    }

    /// `/status`: the status card of the open session, as of today.
    func status() -> Outcome {
        guard let open = current else { return noSessionOpen }
        return Outcome([.card(StatusCard.lines(for: SessionStatus(open.session, today: today), book: book))])
    }

    /// The answer to a walk's question.
    func answerWalk(_ line: String, to step: WalkStep) -> Outcome {
        var outcome = change { (turn) throws(Refusal) in
            switch step.walk {
            case .checkIn: try checkIns.answer(line, to: step, &turn)
            case .grade: try grading.answer(line, to: step, &turn)
            }
        }
        // A walk started in the middle of the guided draft gives the word back to it, asking its question again.
        if let session = current?.session, session.walk == nil, let question = session.draft {
            outcome.replies.append(draft.question(question, in: session))
        }
        return outcome
    }

    /// The question a session is waiting on, asked again: a walk's, else the guided draft's.
    func pendingQuestion(in session: Session) -> [Reply] {
        if let walk = session.walk {
            switch walk.walk {
            case .checkIn: return checkIns.question(walk, in: session)
            case .grade: return grading.question(walk, in: session)
            }
        }
        return session.draft.map { [draft.question($0, in: session)] } ?? []
    }

    /// "2 key results are due for a check-in", said when a session opens.
    func dueNotice(in session: Session) -> [Reply] {
        let summary = ProgressReport(session: session, firstDay: firstDay, today: today).summary
        guard summary.due > 0, session.walk?.walk != .checkIn else { return [] }
        return [.warning(book.text(CheckInPrompt.due, ["count": book.count(summary.due, .keyResult)]))]
    }

    /// `/history REF`: every check-in of a key result, with its note.
    func history(_ argument: String) -> Outcome {
        let (open, ref): (OpenSession, Reference)
        do { (open, ref) = try existing(argument) } catch { return error.outcome }
        guard case .keyResult(let o, let k) = ref else {
            return Outcome([.error(book.text(CheckInPrompt.historyUsage))])
        }
        let keyResult = open.session.objectives[o].keyResults[k]
        guard !keyResult.checkIns.isEmpty else {
            return Outcome([.say(book.text(CheckInPrompt.historyEmpty, ["ref": ref.description]))])
        }
        let plan = try? KeyResultPlan.of(keyResult, reading: KeyResultReader.read(keyResult.text)).get()
        let rows = keyResult.checkIns.map { checkIn in
            Reply.Row(checkIn.date.description, book.text(CheckInPrompt.historyEntry, [
                "value": TrackingWords.value(of: checkIn, plan: plan, book: book),
                "confidence": checkIn.confidence.map(ConfidenceTag.format) ?? "", "note": checkIn.note ?? "",
            ]))
        }
        return Outcome([
            .say(book.text(CheckInPrompt.history, [
                "ref": ref.description, "text": keyResult.text, "count": book.count(rows.count, .checkIn),
            ])),
            .rows(rows),
        ])
    }

    /// `/measure REF [KIND]`: shows what a key result measures, or sets it (`auto` reads it from the sentence again).
    func setMeasure(_ argument: String) -> Outcome {
        let (word, rest) = Self.splitFirstWord(argument)
        let (open, ref): (OpenSession, Reference)
        do { (open, ref) = try existing(word) } catch { return error.outcome }
        guard case .keyResult(let o, let k) = ref else {
            return Outcome([.error(book.text(CheckInPrompt.measureUsage))])
        }
        let keyResult = open.session.objectives[o].keyResults[k]
        let implied = KeyResultPlan.implied(by: KeyResultReader.read(keyResult.text))
        let typed = rest.lowercased()
        guard !typed.isEmpty else {
            return Outcome([.say(book.text(CheckInPrompt.measureShown, [
                "ref": ref.description, "measure": (keyResult.measure ?? implied).rawValue,
                "set": keyResult.measure == nil ? "" : "yes",
            ]))])
        }
        let measure: Measure?
        if typed == "auto" {
            measure = nil
        } else {
            guard let named = Measure(rawValue: typed.replacingOccurrences(of: " ", with: "-")) else {
                return Outcome([.error(book.text(CheckInPrompt.measureUnknown, ["answer": String(rest.prefix(40))]))])
            }
            measure = named
        }
        return change { turn in
            turn.session.objectives[o].keyResults[k].measure = measure
            turn.focus = o
            turn.say(.success(measure.map {
                book.text(CheckInPrompt.measureSet, ["ref": ref.description, "measure": $0.rawValue])
            } ?? book.text(CheckInPrompt.measureCleared, ["ref": ref.description, "measure": implied.rawValue])))
        }
    }
}
