import OKRKit

/// One key result on a team's page of the HTML handout: its sentence, owner, plan, current value, status,
/// confidence and findings, and the figures that exist: a progress bar with the plan's marker, a sparkline.
struct HandoutKeyResult {
    var ref: String
    var keyResult: KeyResult
    var progress: KeyResultProgress
    /// How many findings the check has about it.
    var findings: Int

    /// The values `prompts/handout-team.html` shows for it (`false` for what it lacks).
    func values(_ renderer: inout PromptRenderer) -> PageScope {
        var values: PageScope = [
            "ref": .text(ref),
            "text": .text(keyResult.text),
            "owner": Self.owner(keyResult.owner, &renderer),
            "state": .text(progress.status.rawValue),
            "status": .text(renderer.text(StatusPrompt(progress.status))),
            "confidence": PageValue(progress.confidence.map {
                renderer.text(StatusPrompt.confidence, ["confidence": PlainNumber.text($0)])
            }),
            "findings": .text(Self.findings(findings, &renderer)),
            "plan": .flag(false), "current": .flag(false), "untracked": .flag(false), "bar": .flag(false),
            "sparkline": .flag(false),
        ]
        switch progress.plan {
        case .failure(let problem):
            values["untracked"] = .text(StatusCard.KeyResultCard.untracked(problem, ref: ref, renderer: &renderer))
        case .success(let plan):
            values["plan"] = .text(Self.plan(plan, &renderer))
            if let last = progress.checkIns.last {
                let current = TrackingWords.value(of: last, plan: plan, renderer: &renderer)
                values["current"] = .text(renderer.text(HandoutPrompt.current, ["current": current]))
            }
            values["bar"] = .scope(bar(&renderer))
            if let sparkline = sparkline(plan, &renderer) { values["sparkline"] = .scope(sparkline) }
        }
        return values
    }

    /// "Owner: Ana", or `false` without one.
    static func owner(_ owner: String?, _ renderer: inout PromptRenderer) -> PageValue {
        guard let owner, !owner.isEmpty else { return .flag(false) }
        return .text(renderer.text(HandoutPrompt.owner, ["owner": owner]))
    }

    /// "1 finding", "3 findings".
    static func findings(_ count: Int, _ renderer: inout PromptRenderer) -> String {
        renderer.text(HandoutPrompt.findings(count), ["count": String(count)])
    }

    /// "45 → 70", "Hold 99.9%", or a milestone's words.
    private static func plan(_ plan: KeyResultPlan, _ renderer: inout PromptRenderer) -> String {
        func number(_ value: Double?) -> String { value.map { TrackingWords.number($0, unit: plan.unit) } ?? "" }
        switch plan.measure {
        case .milestone: return renderer.text(HandoutPrompt.milestone)
        case .atLeast, .atMost: return renderer.text(HandoutPrompt.level, ["target": number(plan.target)])
        case .increase, .decrease, .achieve:
            return renderer.text(HandoutPrompt.move, ["baseline": number(plan.baseline), "target": number(plan.target)])
        }
    }

    /// The progress bar: its filled width and the plan's marker, in hundredths of the bar, and its words.
    private func bar(_ renderer: inout PromptRenderer) -> PageScope {
        [
            "width": .text(Self.coordinate(progress.progress * 100)),
            "marker": progress.expected.map { .scope(["at": .text(Self.coordinate($0 * 100))]) } ?? .flag(false),
            "words": .text(renderer.text(HandoutPrompt.progress, [
                "progress": TrackingWords.percent(progress.progress),
                "expected": progress.expected.map(TrackingWords.percent) ?? "",
            ])),
        ]
    }

    /// The check-ins' values as a line in a 100 × 24 box (high values at the top), with their words; `nil` with
    /// fewer than two check-ins.
    private func sparkline(_ plan: KeyResultPlan, _ renderer: inout PromptRenderer) -> PageScope? {
        let values = StatusFigures.sparklineValues(progress.checkIns)
        let heights = StatusFigures.heights(values, bounds: [plan.baseline, plan.target].compactMap { $0 })
        guard heights.count >= 2 else { return nil }
        let step = 100 / Double(heights.count - 1)
        let points = heights.enumerated().map { i, height in
            Self.coordinate(Double(i) * step) + "," + Self.coordinate(22 - height * 20)
        }
        let words = progress.checkIns.map { TrackingWords.value(of: $0, plan: plan, renderer: &renderer) }
        return [
            "points": .text(points.joined(separator: " ")),
            "words": .text(renderer.text(HandoutPrompt.checkIns, ["values": words.joined(separator: ", ")])),
        ]
    }

    /// A coordinate to one decimal: "42.5".
    private static func coordinate(_ value: Double) -> String {
        PlainNumber.text((min(max(value, 0), 100) * 10).rounded() / 10)
    }
}
