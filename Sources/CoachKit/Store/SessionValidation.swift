import OKRKit

/// The checks a session file must pass beyond its JSON shape: values a person could not have typed into the coach
/// (a confidence of 11, a cycle that ends before it starts) are refused when the file is read, with the field named,
/// so nothing downstream meets them.
enum SessionValidation {
    /// The first problem in `session`, as "objectives[0].keyResults[2].confidence: 11 is outside 0–10"; `nil`
    /// when there is none.
    static func problem(in session: Session) -> String? {
        if session.schemaVersion < 1 {
            return "schemaVersion: \(session.schemaVersion) is not a format okr-coach writes (1 or more)"
        }
        if let cycle = session.cycle, cycle.end < cycle.start {
            return "cycle: it ends (\(cycle.end)) before it starts (\(cycle.start))"
        }
        for (o, objective) in session.objectives.enumerated() {
            for (k, keyResult) in objective.keyResults.enumerated() {
                let place = "objectives[\(o)].keyResults[\(k)]"
                if let problem = confidenceProblem(keyResult.confidence) { return "\(place).confidence: \(problem)" }
                if let given = keyResult.givenScore, !(0...1).contains(given.score) {
                    return "\(place).givenScore.score: \(ConfidenceTag.number(given.score)) is outside 0–1"
                }
                for (c, checkIn) in keyResult.checkIns.enumerated() {
                    if let problem = confidenceProblem(checkIn.confidence) {
                        return "\(place).checkIns[\(c)].confidence: \(problem)"
                    }
                    if c > 0, checkIn.date <= keyResult.checkIns[c - 1].date {
                        return "\(place).checkIns[\(c)].date: \(checkIn.date) is not after the check-in before it"
                    }
                }
            }
        }
        return nil
    }

    private static func confidenceProblem(_ confidence: Double?) -> String? {
        guard let confidence, !(0...10).contains(confidence) else { return nil }
        return "\(ConfidenceTag.number(confidence)) is outside 0–10"
    }
}
