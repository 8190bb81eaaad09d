/// Writes a session as an outline that `OutlineParser` reads back: the same objectives, key results, kinds,
/// confidences, owners, cycle and team. KPIs and the objective a set supports are written as notes the parser
/// skips.
///
/// ```
/// Session: platform
/// Team: Platform
/// Cycle: 2027-Q1
///
/// ## Objective 1: Make deploys boring [committed] (owner: Ana Lopez)
///
/// Supports: company:O2
///
/// - KR1: Cut failed deploys from 12% to 3% (confidence 7/10) (owner: Bo)
///   - KPIs: change-failure-rate
/// ```
///
/// Texts are escaped where the parser would read a mark or a tag in them (`OutlineEscapes`). What cannot come back
/// as it was: line breaks and runs of spaces inside an objective, leading and trailing spaces, and a cycle's own
/// label when it is neither a named cycle ("2027-Q1") nor two dates.
public enum OutlineWriter {
    /// The outline of `session`; `index` names the parents of aligned objectives (without it they read "missing").
    public static func write(_ session: Session, index: AlignmentIndex? = nil) -> String {
        var lines = ["Session: " + oneLine(session.name)]
        if let team = session.team { lines.append("Team: " + oneLine(team)) }
        if let cycle = session.cycle {
            let named = Cycle.parse(cycle.label) == cycle
            lines.append("Cycle: " + (named ? cycle.label : "\(cycle.start)..\(cycle.end)"))
        }
        for (o, objective) in session.objectives.enumerated() {
            lines.append("")
            lines.append(
                "## Objective \(o + 1): " + OutlineEscapes.escape(objective.text, objective: true) + " [\(objective.kind.rawValue)]"
                    + ownerTag(objective.owner))
            if let parent = objective.parent {
                lines += ["", "Supports: " + oneLine(ParentLabel.text(parent, in: index))]
            }
            if !objective.keyResults.isEmpty { lines.append("") }
            for (k, keyResult) in objective.keyResults.enumerated() {
                let confidence = keyResult.confidence.map { " (confidence \(ConfidenceTag.format($0)))" } ?? ""
                lines.append(
                    "- KR\(k + 1): " + OutlineEscapes.escape(keyResult.text, objective: false) + confidence
                        + ownerTag(keyResult.owner))
                if !keyResult.kpis.isEmpty { lines.append("  - KPIs: " + keyResult.kpis.map(oneLine).joined(separator: ", ")) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// " (owner: NAME)", its marks escaped as the parser undoes them; nothing for no owner.
    private static func ownerTag(_ owner: String?) -> String {
        guard let owner, !owner.trimmingSpaces().isEmpty else { return "" }
        return " (owner: " + OutlineEscapes.escape(owner, objective: false) + ")"
    }

    /// A text on one line: line breaks become spaces.
    private static func oneLine(_ text: String) -> String {
        text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text
    }
}
