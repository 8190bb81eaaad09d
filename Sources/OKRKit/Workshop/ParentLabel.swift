/// How an export names the objective or key result an objective supports: "company:O2", "company:O2.KR1", or the
/// stored session name with "(missing)" when the parent is not among the sessions loaded.
public enum ParentLabel {
    /// The label of `link`, looked up in `index` (none: every parent is missing).
    public static func text(_ link: Alignment, in index: AlignmentIndex?) -> String {
        guard let index, let place = index.place(of: link) else { return "\(link.sessionName) (missing)" }
        let reference = place.keyResult.map { Reference.keyResult(place.objective, $0) } ?? .objective(place.objective)
        return "\(index.sessions[place.session].name):\(reference)"
    }
}
