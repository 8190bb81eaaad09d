import OKRKit

/// `okr-coach status --format json`: every figure of each session, in the documented shape (the README's
/// "Status as JSON"). Every key is always present; what does not apply is `null`; numbers are in full and days
/// are written YYYY-MM-DD.
public enum StatusJSON {
    /// `{"sessions": [...]}` as UTF-8 pieces, in order; a long list of sessions is written on all cores.
    public static func document(_ statuses: [SessionStatus]) -> [[UInt8]] {
        var json = JSONWriter()
        json.object { json in
            json.array(key: "sessions", statuses) { json, status in write(status, to: &json) }
        }
        return json.pieces
    }

    private static func write(_ status: SessionStatus, to json: inout JSONWriter) {
        let report = status.report
        json.object { json in
            json.string(status.name, key: "name")
            json.cycle(status.cycle)
            json.string(report.today.description, key: "today")
            json.number(report.score, key: "score")
            json.string(report.verdict?.rawValue, key: "verdict")
            json.array(key: "objectives") { json in
                for (o, objective) in report.objectives.enumerated() {
                    write(objective, ref: Reference.objective(o).description, to: &json)
                }
            }
            let summary = report.summary
            json.object(key: "summary") { json in
                json.number(Double(summary.achieved), key: "achieved")
                json.number(Double(summary.onTrack), key: "onTrack")
                json.number(Double(summary.behind), key: "behind")
                json.number(Double(summary.atRisk), key: "atRisk")
                json.number(Double(summary.pending), key: "pending")
                json.number(Double(summary.due), key: "due")
                json.number(Double(summary.stale), key: "stale")
            }
        }
    }

    private static func write(_ objective: ProgressReport.ObjectiveProgress, ref: String, to json: inout JSONWriter) {
        json.object { json in
            json.string(ref, key: "ref")
            json.string(objective.objective.text, key: "text")
            json.string(objective.objective.kind.rawValue, key: "kind")
            if let owner = objective.objective.owner { json.string(owner, key: "owner") }
            json.number(objective.progress, key: "progress")
            json.number(objective.score, key: "score")
            json.array(key: "keyResults") { json in
                for (k, progress) in objective.keyResults.enumerated() {
                    write(
                        progress, of: objective.objective.keyResults[k], ref: ref + ".KR\(k + 1)", to: &json)
                }
            }
        }
    }

    private static func write(_ progress: KeyResultProgress, of keyResult: KeyResult, ref: String, to json: inout JSONWriter) {
        let plan = try? progress.plan.get()
        json.object { json in
            json.string(ref, key: "ref")
            json.string(keyResult.text, key: "text")
            if let owner = keyResult.owner { json.string(owner, key: "owner") }
            json.string(StatusMeasure.of(keyResult, progress).rawValue, key: "measure")
            json.number(plan?.baseline ?? StatusMeasure.stuck(progress), key: "baseline")
            json.number(plan?.target ?? StatusMeasure.stuck(progress), key: "target")
            json.number(progress.current, key: "current")
            json.number(progress.rawProgress, key: "rawProgress")
            json.number(progress.progress, key: "progress")
            json.number(progress.expected, key: "expected")
            json.string(progress.status.rawValue, key: "status")
            json.number(progress.confidence, key: "confidence")
            json.number(progress.confidenceChange, key: "confidenceChange")
            json.bool(progress.divergent, key: "divergent")
            json.bool(progress.due, key: "due")
            json.bool(progress.stale, key: "stale")
            json.number(progress.forecast?.atEnd, key: "forecast")
            json.bool(progress.trendingOff, key: "trendingOff")
            json.number(progress.score, key: "score")
            json.number(progress.givenScore?.score, key: "givenScore")
            json.array(key: "checkIns") { json in
                for checkIn in progress.checkIns {
                    json.object { json in
                        json.string(checkIn.date.description, key: "date")
                        json.number(checkIn.value, key: "value")
                        json.bool(checkIn.done, key: "done")
                        json.number(checkIn.confidence, key: "confidence")
                        json.string(checkIn.note, key: "note")
                    }
                }
            }
        }
    }
}

/// What a key result measures as `status` reports it, including one that cannot be tracked.
enum StatusMeasure {
    /// Its plan's measure; for one that cannot be tracked, the measure its problem names, else the set or implied one.
    static func of(_ keyResult: KeyResult, _ progress: KeyResultProgress) -> Measure {
        switch progress.plan {
        case .success(let plan): plan.measure
        case .failure(.noBaseline(let measure)), .failure(.noTarget(let measure)), .failure(.againstDirection(let measure)):
            measure
        case .failure(.baselineIsTarget):
            keyResult.measure ?? KeyResultPlan.implied(by: KeyResultReader.read(keyResult.text))
        }
    }

    /// The number a key result that starts at its target is stuck at, for its baseline and target.
    static func stuck(_ progress: KeyResultProgress) -> Double? {
        if case .failure(.baselineIsTarget(let value)) = progress.plan { return value }
        return nil
    }
}

extension JSONWriter {
    /// `"cycle": {"label", "start", "end"}`, or `null` without a cycle.
    mutating func cycle(_ cycle: Cycle?) {
        guard let cycle else { return string(nil, key: "cycle") }
        object(key: "cycle") { json in
            json.string(cycle.label, key: "label")
            json.string(cycle.start.description, key: "start")
            json.string(cycle.end.description, key: "end")
        }
    }
}
