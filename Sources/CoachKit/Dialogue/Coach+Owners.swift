import OKRKit

/// `/owner REF NAME`: who answers for an objective or a key result.
extension Coach {
    /// The longest owner accepted: a name or two, not a paragraph.
    static let ownerLimit = 80

    /// `/owner REF NAME` names the owner ("@Ana" works too), `/owner REF -` removes it, `/owner REF` shows it.
    func setOwner(_ argument: String) -> Outcome {
        let (word, rest) = Self.splitFirstWord(argument)
        guard !word.isEmpty else { return Outcome([.error(book.text(CoachPrompt.ownerUsage))]) }
        let ref: Reference
        do { (_, ref) = try existing(word) } catch { return error.outcome }
        guard !rest.isEmpty else {
            guard let owner = owner(at: ref) else {
                return Outcome([.say(book.text(CoachPrompt.ownerNone, ["ref": ref.description]))])
            }
            return Outcome([.say(book.text(CoachPrompt.ownerShown, ["ref": ref.description, "owner": owner]))])
        }
        let removing = Self.removals.contains(rest.lowercased())
        let name = removing ? nil : Self.ownerName(rest)
        guard removing || name != nil else { return Outcome([.error(book.text(CoachPrompt.ownerUsage))]) }
        guard (name?.count ?? 0) <= Self.ownerLimit else {
            return Outcome([.error(book.text(CoachPrompt.ownerTooLong, ["limit": String(Self.ownerLimit)]))])
        }
        return change { turn in
            switch ref {
            case .objective(let o):
                turn.session.objectives[o].owner = name
                turn.focus = o
            case .keyResult(let o, let k):
                turn.session.objectives[o].keyResults[k].owner = name
                turn.focus = o
            }
            turn.say(.success(name.map { book.text(CoachPrompt.ownerSet, ["ref": ref.description, "owner": $0]) }
                ?? book.text(CoachPrompt.ownerRemoved, ["ref": ref.description])))
        }
    }

    /// An owner as typed, without a leading "@" and with its spaces collapsed; `nil` when nothing is left.
    static func ownerName(_ typed: String) -> String? {
        let words = typed.split(whereSeparator: \.isWhitespace)
        let name = words.joined(separator: " ").drop { $0 == "@" }
        return name.isEmpty ? nil : String(name)
    }

    private func owner(at ref: Reference) -> String? {
        guard let objectives = current?.session.objectives else { return nil }
        switch ref {
        case .objective(let o): return objectives[o].owner
        case .keyResult(let o, let k): return objectives[o].keyResults[k].owner
        }
    }
}
