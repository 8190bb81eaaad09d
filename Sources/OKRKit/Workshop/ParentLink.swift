import Foundation

/// What an aligned objective supports, as found among the sessions at hand: shown in `/list`, `/check` and reports,
/// and read by `objective-unrelated-parent`.
public enum ParentLink: Equatable, Sendable {
    /// Found: `reference` is "company:O2" or "company:O2.KR1"; `text` the parent's own text; `objective` the text of
    /// the parent key result's objective (`nil` when the parent is an objective).
    case found(reference: String, text: String, objective: String?)
    /// The parent's session, objective or key result is not there; `session` is the name the link remembers.
    case missing(session: String)

    /// Where `link` points within `parent`, the session with the link's session id (`nil` when it is not at hand).
    public init(_ link: Alignment, in parent: Session?) {
        guard let parent, parent.id == link.sessionID,
            let o = parent.objectives.firstIndex(where: { $0.id == link.objectiveID })
        else {
            self = .missing(session: link.sessionName)
            return
        }
        let objective = parent.objectives[o]
        guard let keyResultID = link.keyResultID else {
            self = .found(reference: "\(parent.name):\(Reference.objective(o))", text: objective.text, objective: nil)
            return
        }
        guard let k = objective.keyResults.firstIndex(where: { $0.id == keyResultID }) else {
            self = .missing(session: link.sessionName)
            return
        }
        self = .found(
            reference: "\(parent.name):\(Reference.keyResult(o, k))", text: objective.keyResults[k].text,
            objective: objective.text)
    }

    /// The links of a session's aligned objectives, by objective id; `parent` finds the session a link points into
    /// (by its id), or gives `nil`.
    public static func all(of session: Session, finding parent: (Alignment) -> Session?) -> [UUID: ParentLink] {
        var links: [UUID: ParentLink] = [:]
        for objective in session.objectives {
            guard let link = objective.parent else { continue }
            links[objective.id] = ParentLink(link, in: parent(link))
        }
        return links
    }

    /// What the rules compare the objective with: the parent's text, with its objective's for a key result;
    /// `nil` when the parent is missing.
    public var textForChecks: String? {
        guard case .found(_, let text, let objective) = self else { return nil }
        return objective.map { "\($0). \(text)" } ?? text
    }

    /// The texts the check engine takes (`CheckEngine.check(_:cycle:parents:)`) for links by objective id.
    public static func texts(_ links: [UUID: ParentLink]) -> [UUID: String] {
        links.compactMapValues(\.textForChecks)
    }
}
