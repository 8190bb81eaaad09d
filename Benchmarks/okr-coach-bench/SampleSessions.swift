import Foundation
import OKRKit

/// Generated sessions of a given size, with varied sentences (`VariedOKRs`), the same on every run.
enum SampleSessions {
    /// A session of `objectives` objectives with `keyResultsEach` key results each.
    static func large(objectives: Int, keyResultsEach: Int) -> Session {
        var session = Session(name: "bench-large", createdAt: Date(), cycle: Cycle.parse("2027-Q1"))
        var varied = VariedOKRs()
        session.objectives = varied.objectives(objectives, keyResultsEach: keyResultsEach)
        return session
    }

    /// An outline in Markdown of `objectives` objectives with `keyResultsEach` key results each, as `okr-coach check`
    /// reads it, with the same sentences as `large`: kind tags and confidences written in the shapes people use.
    static func outline(objectives: Int, keyResultsEach: Int) -> String {
        var lines = ["# Bench OKRs", "", "Cycle: 2027-Q1", ""]
        var varied = VariedOKRs()
        for (o, objective) in varied.objectives(objectives, keyResultsEach: keyResultsEach).enumerated() {
            lines.append("## \(objective.text)\(VariedOKRs.kindTag(objective.kind, shape: o))")
            for (k, keyResult) in objective.keyResults.enumerated() {
                let note = keyResult.confidence.map { " " + VariedOKRs.confidenceNote($0, shape: o + k) } ?? ""
                lines.append("- \(keyResult.text)\(note)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// `count` varied key-result sentences, as written (without confidence notes).
    static func keyResultTexts(_ count: Int) -> [String] {
        var varied = VariedOKRs()
        return (0..<count).map { _ in varied.keyResult() }
    }
}
