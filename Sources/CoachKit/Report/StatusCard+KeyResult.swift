import OKRKit

extension StatusCard {
    /// One key result's lines on the card: its sentence; its bar, value, sparkline and status; its confidence,
    /// forecast and check-in due; and a line of coaching when it needs one.
    struct KeyResultCard {
        var ref: String
        var keyResult: KeyResult
        var kind: ObjectiveKind
        var progress: KeyResultProgress
        /// The day the progress is computed for.
        var today: CalendarDay

        func lines(_ renderer: inout PromptRenderer) -> [StyledLine] {
            var lines = [StyledLine(1, .plain, renderer.text(StatusPrompt.keyResult, [
                "ref": ref, "text": keyResult.text, "owner": keyResult.owner ?? "",
            ]))]
            let plan: KeyResultPlan
            switch progress.plan {
            case .success(let found): plan = found
            case .failure(let problem):
                lines.append(StyledLine(2, .warning, Self.untracked(problem, ref: ref, renderer: &renderer)))
                return lines
            }
            let separator = renderer.text(StatusPrompt.separator)
            var figures = [
                renderer.text(StatusPrompt.bar, [
                    "bar": StatusFigures.bar(progress: progress.progress, expected: progress.expected),
                    "progress": TrackingWords.percent(progress.progress),
                    "expected": progress.expected.map(TrackingWords.percent) ?? "",
                ]),
                value(plan, &renderer),
            ]
            let values = StatusFigures.sparklineValues(progress.checkIns)
            let sparkline = StatusFigures.sparkline(values, bounds: [plan.baseline, plan.target].compactMap { $0 })
            if !sparkline.isEmpty { figures.append(sparkline) }
            var status = renderer.text(StatusPrompt(progress.status))
            if let raw = progress.rawProgress, raw > 1 {
                status += separator + renderer.text(StatusPrompt.overachieved, ["raw": TrackingWords.percent(raw)])
            }
            figures.append(status)
            lines.append(StyledLine(2, StyledLine.Tone(progress.status), figures.joined(separator: separator)))

            let outlook = outlook(&renderer)
            if !outlook.isEmpty {
                let tone: StyledLine.Tone = progress.due || progress.stale ? .warning : .plain
                lines.append(StyledLine(2, tone, outlook.joined(separator: separator)))
            }
            if let coaching = coaching(&renderer) {
                lines.append(StyledLine(2, progress.status == .atRisk ? .bad : .warning, coaching))
            }
            return lines
        }

        /// "60 (from 45 to 70)", "99.95% (level 99.9%)", "40% done".
        func value(_ plan: KeyResultPlan, _ renderer: inout PromptRenderer) -> String {
            func number(_ value: Double?) -> String { value.map { TrackingWords.number($0, unit: plan.unit) } ?? "" }
            let current = progress.current
            switch plan.measure {
            case .milestone:
                guard let last = progress.checkIns.last else { return renderer.text(TrackingWordPrompt.notDone) }
                return TrackingWords.value(of: last, plan: plan, book: renderer.book)
            case .atLeast, .atMost:
                let key: StatusPrompt = current == nil ? .valueLevelNone : .valueLevel
                return renderer.text(key, ["current": number(current), "target": number(plan.target)])
            case .increase, .decrease, .achieve:
                let key: StatusPrompt = current == nil ? .valueNone : .valueMove
                return renderer.text(key, [
                    "current": number(current), "baseline": number(plan.baseline), "target": number(plan.target),
                ])
            }
        }

        /// The confidence and its trend, the forecast, and whether a check-in is due.
        private func outlook(_ renderer: inout PromptRenderer) -> [String] {
            var parts: [String] = []
            if let confidence = progress.confidence {
                let said = PlainNumber.text(confidence)
                if let change = progress.confidenceChange {
                    parts.append(renderer.text(StatusPrompt.confidenceTrend, [
                        "previous": PlainNumber.text(confidence - change), "confidence": said,
                        "arrow": StatusFigures.arrow(change),
                    ]))
                } else {
                    parts.append(renderer.text(StatusPrompt.confidence, ["confidence": said]))
                }
            }
            if let forecast = progress.forecast, let end = progress.end, progress.status != .achieved {
                parts.append(renderer.text(StatusPrompt.forecast, [
                    "forecast": TrackingWords.percent(forecast.atEnd), "end": end.description,
                ]))
            }
            if progress.stale, let last = progress.checkIns.last {
                parts.append(renderer.text(StatusPrompt.stale, ["days": String(last.date.days(to: today))]))
            } else if progress.due {
                parts.append(progress.checkIns.last.map { renderer.text(StatusPrompt.due, ["last": $0.date.description]) }
                    ?? renderer.text(StatusPrompt.dueNever))
            }
            return parts
        }

        /// One line for anything behind, at risk, divergent or trending off, with the pace needed and seen.
        private func coaching(_ renderer: inout PromptRenderer) -> String? {
            let pace = progress.neededPerWeek.map { needed in
                renderer.text(StatusPrompt.pace, [
                    "needed": renderer.text(StatusPrompt.points, ["points": Self.points(needed)]),
                    "seen": progress.forecast.map { Self.points($0.perDay * 7) } ?? "",
                ])
            } ?? ""
            let confidence = progress.confidence.map { PlainNumber.text($0) } ?? ""
            if progress.divergent {
                return (progress.confidence ?? 0) >= 7
                    ? renderer.text(StatusPrompt.coachDivergentHigh, ["confidence": confidence, "pace": pace])
                    : renderer.text(StatusPrompt.coachDivergentLow, ["confidence": confidence])
            }
            switch progress.status {
            case .atRisk: return renderer.text(StatusPrompt.coachAtRisk, ["pace": pace])
            case .behind: return renderer.text(StatusPrompt.coachBehind, ["pace": pace])
            case .onTrack:
                guard progress.trendingOff, let forecast = progress.forecast else { return nil }
                return renderer.text(StatusPrompt.coachTrendingOff, [
                    "forecast": TrackingWords.percent(forecast.atEnd),
                    "success": TrackingWords.percent(kind == .committed ? 1 : 0.7), "pace": pace,
                ])
            case .pending, .achieved: return nil
            }
        }

        /// "+2.1": a share of the way per week in points, signed, to one decimal.
        static func points(_ share: Double) -> String {
            let points = (share * 1000).rounded() / 10
            return (points > 0 ? "+" : points < 0 ? "−" : "") + PlainNumber.text(abs(points))
        }

        /// Why a key result cannot be tracked, and what to do.
        static func untracked(_ problem: KeyResultPlan.Problem, ref: String, renderer: inout PromptRenderer) -> String {
            switch problem {
            case .noBaseline: renderer.text(StatusPrompt.untrackedNoBaseline)
            case .noTarget: renderer.text(StatusPrompt.untrackedNoTarget, ["ref": ref])
            case .baselineIsTarget(let target):
                renderer.text(StatusPrompt.untrackedBaselineIsTarget, ["ref": ref, "target": PlainNumber.text(target)])
            case .againstDirection(let measure):
                renderer.text(StatusPrompt.untrackedAgainstDirection, ["ref": ref, "measure": measure.rawValue])
            }
        }
    }
}
