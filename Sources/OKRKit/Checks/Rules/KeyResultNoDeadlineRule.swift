/// A key result with no deadline of its own in a set with no cycle: nothing says when it is due.
public struct KeyResultNoDeadlineRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-no-deadline", name: "Key result has no deadline", category: .timeBound, severity: .warning,
        values: ["text"],
        triggeringExamples: [
            .keyResult("Raise NPS from 40 to 55"),
            .keyResult("Cut median time to first reply from 9 hours to 2 hours"),
        ],
        nonTriggeringExamples: [
            .keyResult("Raise NPS from 40 to 55 by end of Q3"),
            .keyResult("Cut median time to first reply from 9 hours to 2 hours by 2027-06-30"),
            .keyResult("Raise NPS from 40 to 55", cycle: Cycle.quarter(2027, 2)),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        if subject.cycle != nil { return .pass }
        if let deadline = subject.reading.deadline, !deadline.isEmpty { return .pass }
        var sentence = Substring(subject.text)
        while let last = sentence.last, last == "." || last.isWhitespace { sentence.removeLast() }
        return .violation(values: ["text": subject.text], rewrite: "\(sentence) by <date>")
    }
}
