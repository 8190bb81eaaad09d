/// Rewrites a key result in the shape "Raise weekly active users from <today> to 24,000 by end of Q3", keeping
/// the person's own verb, metric and deadline and leaving placeholders for what is missing.
struct KeyResultRewrite {
    var verb: String
    var metric: String
    var baseline: String
    var target: String
    var deadline: String

    /// A rewrite of a key result from what was read; missing parts become placeholders.
    init(_ subject: KeyResultSubject) {
        let reading = subject.reading
        verb = KeyResultRewrite.verb(of: subject)
        metric = reading.metric.flatMap { $0.isEmpty ? nil : $0 } ?? "<metric>"
        baseline = reading.baseline.map { PlainNumber.text($0, unit: reading.unit) } ?? "<today>"
        target = reading.target.map { PlainNumber.text($0, unit: reading.unit) } ?? "<target>"
        if let stated = reading.deadline, !stated.isEmpty {
            deadline = stated
        } else if let cycle = subject.cycle {
            deadline = "by end of \(cycle.label)"
        } else {
            deadline = "by <date>"
        }
    }

    /// The rewritten sentence.
    var sentence: String { "\(verb) \(metric) from \(baseline) to \(target) \(deadline)" }

    /// The person's verb when it names a change, else one that fits the reading's direction.
    private static func verb(of subject: KeyResultSubject) -> String {
        if let first = subject.words.afterFiller.first, ActivityVocabulary.outcomeVerbs.contains(word: first),
            !StatusQuoVocabulary.verbs.contains(word: first)
        {
            return first.prefix(1).uppercased() + first.dropFirst()
        }
        switch subject.reading.direction {
        case .decrease: return "Cut"
        case .maintain, .increase, .achieve, .none: return "Raise"
        }
    }
}
