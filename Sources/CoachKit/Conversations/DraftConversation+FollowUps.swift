import OKRKit

/// The draft's questions about a key result just written: what it should change or what number would show it,
/// then its baseline, deadline and confidence, each asked only when missing, and the words a confidence gets.
extension DraftConversation {
    /// The next question about a checked key result: what it should change (an activity) or what number would
    /// show it (nothing to measure), then baseline, deadline and confidence, each only if missing, then its review.
    func followUp(to report: KeyResultReport, after: Question?) -> DraftStep {
        let order: [Question] = [.outcome, .measure, .baseline, .deadline, .confidence]
        let start = after.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let isActivity = report.findings.contains { $0.is(KeyResultActivityRule.self) }
        for question in order[start...] {
            let missing = switch question {
            case .outcome: isActivity
            case .measure: !isActivity && report.findings.contains { $0.is(KeyResultNoNumberRule.self) }
            case .baseline: report.findings.contains { $0.is(KeyResultNoBaselineRule.self) }
            case .deadline: report.findings.contains { $0.is(KeyResultNoDeadlineRule.self) }
            default: report.reading.confidence == nil
            }
            if missing { return DraftStep(question, keyResult: report.keyResult.id) }
        }
        return DraftStep(.reviewKeyResult, keyResult: report.keyResult.id)
    }

    /// The answer to a baseline, deadline or confidence question about the key result at `place`.
    func answerFollowUp(
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
            guard let report = check(o, k, in: turn.session) else { return }
            turn.say(confidenceWords(report, o, k, in: turn.session))
            return pose(followUp(to: report, after: step.question), &turn, reading: report.reading)
        }
        turn.say(.success(book.text(GuidePrompt.merged, ["ref": ref, "text": turn.session.objectives[o].keyResults[k].text])))
        keyResultWritten(o, k, after: step.question, &turn)
    }

    /// Asks the follow-up after `after` still missing from the key result at `o`, `k`, without feedback.
    func askNextFollowUp(_ o: Int, _ k: Int, after: Question, _ turn: inout Turn) {
        guard let report = check(o, k, in: turn.session) else { return }
        pose(followUp(to: report, after: after), &turn, reading: report.reading)
    }

    /// The key result at `o`, `k`, read and checked.
    func check(_ o: Int, _ k: Int, in session: Session) -> KeyResultReport? {
        CheckEngine().check(keyResultAt: k, of: session.objectives[o], cycle: session.cycle)
    }

    /// The answer to "what number would show it" or "what should it change": a new wording of the key result,
    /// checked again from the start; "skip" keeps it and goes on, and a line with no words ("7", "$40k") is refused,
    /// as at a review.
    func answerRewording(
        _ line: String, _ step: DraftStep, at place: DraftStep.Place, _ turn: inout Turn
    ) throws(Refusal) {
        guard let o = place.objective, let k = place.keyResult else { return pose(DraftStep(.objective), &turn) }
        guard !line.isEmpty, !Self.acceptances.contains(line.lowercased()) else {
            return askNextFollowUp(o, k, after: step.question, &turn)
        }
        try refuseWordless(line, replacing: Reference.keyResult(o, k).description, step, in: turn.session)
        let (text, confidence) = ConfidenceTag.split(line)
        guard KeyResultReader.quantities(in: text).contains(where: \.isMeasure) else {
            throw Refusal(replies: [.error(book.text(GuidePrompt.measureUnreadable)), question(step, in: turn.session)])
        }
        turn.say(replaced(Reference.keyResult(o, k).description, was: turn.session.objectives[o].keyResults[k].text))
        turn.session.objectives[o].keyResults[k].text = text
        if let confidence { turn.session.objectives[o].keyResults[k].confidence = confidence }
        keyResultWritten(o, k, after: nil, &turn)
    }

    /// What the coach says of a confidence as soon as it is given: too sure for a stretch, too unsure to mean
    /// anything, or low for a committed objective, which the team means to deliver in full.
    func confidenceWords(_ report: KeyResultReport, _ o: Int, _ k: Int, in session: Session) -> [Reply] {
        let said = report.findings.filter { $0.is(KeyResultConfidenceRule.self) }
        if !said.isEmpty { return feedback.findings(said, good: "") }
        guard session.objectives[o].kind == .committed, let confidence = report.reading.confidence,
            confidence <= Self.committedConcern
        else { return [] }
        return [.warning(book.text(GuidePrompt.committedLowConfidence, [
            "ref": Reference.keyResult(o, k).description, "objective": Reference.objective(o).description,
            "confidence": ConfidenceTag.format(confidence),
        ]))]
    }

    /// At or below this confidence, a key result of a committed objective gets a word.
    static let committedConcern = 5.0
}
