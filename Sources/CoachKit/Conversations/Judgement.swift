import OKRKit

/// What the coach judged last, kept for `/why`: each finding with what it is about, and the strength score shown
/// with them, if one was.
struct Judgement {
    /// A finding and the objective or key result it is about (`nil` for the set as a whole).
    struct Item {
        var ref: Reference?
        var finding: Finding
    }

    var items: [Item]
    /// The score shown beside the findings (an objective's review, the set's summary, `/check`).
    var score: StrengthScore?

    /// Findings about one objective or key result.
    init(_ findings: [Finding], about ref: Reference?, score: StrengthScore? = nil) {
        items = findings.map { Item(ref: ref, finding: $0) }
        self.score = score
    }

    /// Every finding of a check report, each with what it is about, and the report's score; `firstObjective` is
    /// where the report's first objective sits in the set (a review checks one objective).
    init(_ report: CheckReport, firstObjective: Int = 0) {
        items = report.findings.map { Item(ref: nil, finding: $0) }
        for (index, objective) in report.objectives.enumerated() {
            let o = firstObjective + index
            items += objective.findings.map { Item(ref: .objective(o), finding: $0) }
            for (k, keyResult) in objective.keyResults.enumerated() {
                items += keyResult.findings.map { Item(ref: .keyResult(o, k), finding: $0) }
            }
        }
        score = report.summary.score
    }

    /// Nothing judged yet.
    static let none = Judgement([], about: nil)

    /// Whether there is anything to explain.
    var isEmpty: Bool { items.isEmpty && score == nil }
}
