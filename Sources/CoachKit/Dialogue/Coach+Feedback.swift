import OKRKit

/// What the coach says about one objective or key result: its reading, the most important findings, a fix.
extension Coach {
    /// At most this many findings are shown at a time; `/check` shows them all.
    static let findingsShown = 3

    /// Checks one objective (with its key results so far), rendered; `nil` when there is no such objective.
    func review(_ session: Session, objective o: Int) -> CheckRun? {
        guard session.objectives.indices.contains(o) else { return nil }
        return CheckRun([session.objectives[o]], cycle: session.cycle, book: book)
    }

    /// One key result of an objective, checked and rendered.
    func review(_ session: Session, objective o: Int, keyResult k: Int) -> CheckReportDocument.KeyResultEntry? {
        guard let entry = review(session, objective: o)?.document.objectives.first, entry.keyResults.indices.contains(k)
        else { return nil }
        return entry.keyResults[k]
    }

    /// Feedback on an objective as it is being drafted (the key-result count is judged later).
    func objectiveFeedback(_ session: Session, objective o: Int) -> [Reply] {
        guard let entry = review(session, objective: o)?.document.objectives.first else { return [] }
        return feedback(entry.findings.filter { $0.rule != ObjectiveKeyResultCountRule.description.id }, good: book.text(GuidePrompt.goodObjective))
    }

    /// Feedback on a checked key result: what was understood, then findings and a concrete rewrite.
    func keyResultFeedback(_ keyResult: CheckReportDocument.KeyResultEntry, cycle: Cycle?) -> [Reply] {
        var renderer = PromptRenderer(book: book)
        let reading = CheckReportText.line(of: keyResult.reading, cycle: cycle?.label, book: &renderer)
        return [.say(book.text(GuidePrompt.understood, ["reading": reading]))]
            + feedback(keyResult.findings, good: book.text(GuidePrompt.goodKeyResult))
    }

    /// The most important findings first, at most three, the first with its fix; remembered for `/why`.
    func feedback(_ findings: [CheckReportDocument.FindingEntry], good: String) -> [Reply] {
        lastFindings = findings
        guard !findings.isEmpty else { return [.success(good)] }
        let ordered = findings.sorted { $0.severity > $1.severity }
        var replies = ordered.prefix(Self.findingsShown).map { Reply.finding($0.severity, $0.message) }
        if let first = ordered.first { replies.append(.say(book.text(GuidePrompt.tryThis, ["fix": first.fix]))) }
        if ordered.count > Self.findingsShown {
            replies.append(.say(book.text(GuidePrompt.moreFindings, ["count": "\(ordered.count - Self.findingsShown)"])))
        }
        return replies
    }

    /// `/why`: the reasoning behind the findings last shown.
    func why() -> Outcome {
        guard !lastFindings.isEmpty else { return Outcome([.say(book.text(GuidePrompt.whyNothing))]) }
        return Outcome(lastFindings.sorted { $0.severity > $1.severity }.map { finding in
            .finding(finding.severity, book.text(GuidePrompt.whyEntry, [
                "message": finding.message, "why": finding.why, "fix": finding.fix,
            ]))
        })
    }

    /// `/check`: the whole open set, as `okr-coach check` reports it.
    func checkSet() -> Outcome {
        guard let open = current else { return noSessionOpen }
        let run = CheckRun(open.session, book: book)
        lastFindings = run.document.findings + run.document.objectives.flatMap { objective in
            objective.findings + objective.keyResults.flatMap(\.findings)
        }
        return Outcome([.report(run.text(book: book))])
    }
}
