import OKRKit

/// What the coach says about an objective or key result just written: what was read, the most important
/// findings, and the first one's fix. Pure; a finding's words are rendered only when it is shown.
struct Feedback {
    let book: PromptBook

    /// At most this many findings are shown at a time; `/check` shows them all.
    static let findingsShown = 3

    /// The words for a key result checked as it was written: its reading (saying when only its numbers and dates
    /// could be read), then its findings.
    func keyResult(_ report: KeyResultReport, cycle: Cycle?) -> [Reply] {
        var renderer = PromptRenderer(book: book)
        let reading = CheckReportText.line(of: report.reading, cycle: cycle?.label, book: &renderer)
        let englishOnly = report.isEnglish ? [] : [Reply.say(book.text(GuidePrompt.englishOnly))]
        return [.say(book.text(GuidePrompt.understood, ["reading": reading]))] + englishOnly
            + findings(report.findings, good: book.text(GuidePrompt.goodKeyResult))
    }

    /// The most important findings first, at most three, the first with its fix and, when one was proven right,
    /// its rewrite; `good` when there are none.
    func findings(_ findings: [Finding], good: String) -> [Reply] {
        guard !findings.isEmpty else { return [.success(good)] }
        var renderer = PromptRenderer(book: book)
        let ordered = findings.sorted { $0.severity > $1.severity }
        var replies = ordered.prefix(Self.findingsShown).map {
            Reply.finding($0.severity, Self.words($0, .message, &renderer))
        }
        replies.append(.say(book.text(GuidePrompt.tryThis, ["fix": Self.words(ordered[0], .fix, &renderer)])))
        if let rewrite = ordered[0].rewrite { replies.append(.say(book.text(GuidePrompt.rewrite, ["rewrite": rewrite]))) }
        if ordered.count > Self.findingsShown {
            replies.append(.say(book.text(GuidePrompt.moreFindings, ["count": "\(ordered.count - Self.findingsShown)"])))
        }
        return replies
    }

    /// `/why`: the reasoning behind each finding, named by what it is about and most important first within it,
    /// then how the score shown with them was worked out.
    func reasons(_ judgement: Judgement) -> [Reply] {
        var renderer = PromptRenderer(book: book)
        // Items come grouped by what they are about; within a group, the most severe first.
        var group: [String: Int] = [:]
        let ordered = judgement.items.enumerated().map { position, item in
            let ref = item.ref?.description ?? ""
            if group[ref] == nil { group[ref] = position }
            return (group: group[ref] ?? position, item: item)
        }.sorted { ($0.group, $1.item.finding.severity) < ($1.group, $0.item.finding.severity) }
        var replies: [Reply] = ordered.map { _, item in
            .finding(item.finding.severity, book.text(GuidePrompt.whyEntry, [
                "ref": item.ref?.description ?? "", "message": Self.words(item.finding, .message, &renderer),
                "why": Self.words(item.finding, .why, &renderer), "fix": Self.words(item.finding, .fix, &renderer),
            ]))
        }
        if let score = judgement.score { replies.append(.say(parts(of: score))) }
        return replies
    }

    /// How a strength score was worked out, in numbers.
    func parts(of score: StrengthScore) -> String {
        let weight = { (severity: Severity) in "\(StrengthScore.weights[severity] ?? 0)" }
        return book.text(GuidePrompt.scoreParts, [
            "strength": "\(score.percent)", "errors": book.count(score.count(.error), .error),
            "warnings": book.count(score.count(.warning), .warning), "hints": book.count(score.count(.hint), .hint),
            "errorWeight": weight(.error), "warningWeight": weight(.warning), "hintWeight": weight(.hint),
            "items": "\(max(1, score.items))", "uncapped": "\(score.uncapped)",
            "capped": score.percent < score.uncapped ? "yes" : "", "ceiling": "\(StrengthScore.ceilingWithErrors)",
        ])
    }

    /// One part of a finding's words, from `prompts/rules.yaml`.
    static func words(_ finding: Finding, _ part: RulePrompt.Part, _ renderer: inout PromptRenderer) -> String {
        renderer.text(RulePrompt(rule: finding.rule, part: part), PromptValues(finding.values))
    }
}
