import OKRKit

/// The reasoning behind the advice: `/why` explains the findings and the score last shown, `/check` checks the
/// whole set.
extension Coach {
    /// `/why`: the reasoning behind the findings last shown, each named by what it is about, and how the score
    /// shown with them was worked out.
    func why() -> Outcome {
        guard !lastJudgement.isEmpty else { return Outcome([.say(book.text(GuidePrompt.whyNothing))]) }
        return Outcome(Feedback(book: book).reasons(lastJudgement))
    }

    /// `/check`: the whole open set, as `okr-coach check` reports it.
    func checkSet() -> Outcome {
        guard let open = current else { return noSessionOpen }
        let run = CheckRun(open.session, book: book, parents: store.parents(of: open.session))
        lastJudgement = Judgement(run.report)
        return Outcome([.report(run.text(book: book))])
    }
}
