import Foundation
import OKRKit

/// Grading in the coach: `/grade` walks the set's scores, `/next-cycle NAME` starts the next cycle's session.
extension Coach {
    /// The grading walk, as of today.
    var grading: GradeConversation { GradeConversation(book: book, today: today, firstDay: firstDay) }

    /// `/grade`: each key result's computed score to accept or replace, each objective's plan, then the scorecard.
    func grade() -> Outcome {
        change { turn in grading.start(&turn) }
    }

    /// `/next-cycle NAME`: a new session for the cycle after this one, carrying the objectives marked keep or change;
    /// a key result that moved a metric starts from where it ended.
    func nextCycle(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        let old = open.session
        let report = ProgressReport(session: old, firstDay: firstDay, today: today)
        let cycle = old.cycle?.next ?? Cycle.quarter(containing: today).next
        var objectives: [Objective] = []
        var notices: [Reply] = []
        for progress in report.objectives where [.keep, .change].contains(progress.objective.nextCycle) {
            var objective = Objective(text: progress.objective.text, kind: progress.objective.kind)
            for (k, keyResult) in progress.keyResults.enumerated() {
                let was = progress.objective.keyResults[k]
                let plan = try? keyResult.plan.get()
                if plan?.measure == .milestone, keyResult.status == .achieved { continue }
                var text = was.text
                if let plan, plan.measure == .increase || plan.measure == .decrease, let latest = keyResult.current {
                    if let rebased = NextCycleText.rebased(was, latest: latest, of: progress.objective, cycle: old.cycle) {
                        text = rebased
                    } else {
                        notices.append(.warning(book.text(GradePrompt.nextCycleNeedsTarget, [
                            "ref": Reference.keyResult(objectives.count, objective.keyResults.count).description,
                        ])))
                    }
                }
                objective.keyResults.append(KeyResult(text: text, confidence: nil, kpis: was.kpis, measure: was.measure))
            }
            objectives.append(objective)
        }
        guard !objectives.isEmpty else {
            return Outcome([.error(book.text(GradePrompt.nextCycleNothing, ["session": old.name]))])
        }
        var outcome = newSession(argument, startDraft: false)
        guard current?.name != open.name, current?.session.objectives.isEmpty == true else { return outcome }
        let from = old.name
        outcome.replies += change { turn in
            turn.session.cycle = cycle
            turn.session.team = old.team
            turn.session.objectives = objectives
            turn.focus = 0
            turn.say(.success(book.text(GradePrompt.nextCycleCreated, [
                "session": turn.session.name, "cycle": cycle?.label ?? "",
                "objectives": book.count(objectives.count, .objective),
                "keyResults": book.count(objectives.reduce(0) { $0 + $1.keyResults.count }, .keyResult), "from": from,
            ])))
            turn.say(notices)
        }.replies
        return outcome
    }
}
