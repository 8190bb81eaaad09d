import OKRKit

/// The reasoning behind the advice: `/why` explains the findings last shown, `/check` checks the whole set.
extension Coach {
    /// `/why`: the reasoning behind the findings last shown.
    func why() -> Outcome {
        guard !lastFindings.isEmpty else { return Outcome([.say(book.text(GuidePrompt.whyNothing))]) }
        return Outcome(Feedback(book: book).reasons(lastFindings))
    }

    /// `/check`: the whole open set, as `okr-coach check` reports it.
    func checkSet() -> Outcome {
        guard let open = current else { return noSessionOpen }
        let run = CheckRun(open.session, book: book)
        lastFindings = run.report.findings + run.report.objectives.flatMap { objective in
            objective.findings + objective.keyResults.flatMap(\.findings)
        }
        return Outcome([.report(run.text(book: book))])
    }
}
