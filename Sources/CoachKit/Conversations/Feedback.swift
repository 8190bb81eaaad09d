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
        let englishOnly = SentenceLanguage.isEnglish(report.keyResult.text) ? [] : [Reply.say(book.text(GuidePrompt.englishOnly))]
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

    /// `/why`: the reasoning behind each finding, most important first.
    func reasons(_ findings: [Finding]) -> [Reply] {
        var renderer = PromptRenderer(book: book)
        return findings.sorted { $0.severity > $1.severity }.map { finding in
            .finding(finding.severity, book.text(GuidePrompt.whyEntry, [
                "message": Self.words(finding, .message, &renderer), "why": Self.words(finding, .why, &renderer),
                "fix": Self.words(finding, .fix, &renderer),
            ]))
        }
    }

    /// One part of a finding's words, from `prompts/rules.yaml`.
    private static func words(_ finding: Finding, _ part: RulePrompt.Part, _ renderer: inout PromptRenderer) -> String {
        renderer.text(RulePrompt(rule: finding.rule, part: part), PromptValues(finding.values))
    }
}
