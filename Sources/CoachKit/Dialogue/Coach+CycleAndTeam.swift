import OKRKit

/// `/cycle` and `/team`: the set's cycle and team, shown or changed after the draft asked for them.
extension Coach {
    /// The words that remove a setting: `/team none`, `/owner O1 -`, `/align O1 none`.
    static let removals: Set<String> = ["none", "no", "-"]

    /// `/cycle [CYCLE|none]`.
    func setCycle(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        guard !argument.isEmpty else {
            guard let cycle = open.session.cycle else { return Outcome([.say(book.text(CoachPrompt.cycleNone))]) }
            return Outcome([.say(book.text(CoachPrompt.cycleShown, cycle.promptValues))])
        }
        if Self.removals.contains(argument.lowercased()) {
            return change { turn in
                turn.session.cycle = nil
                turn.say(.success(book.text(GuidePrompt.noCycle)))
            }
        }
        guard let cycle = Cycle.read(argument) else {
            return Outcome([.error(book.text(GuidePrompt.cycleUnreadable, ["answer": String(argument.prefix(60))]))])
        }
        return change { turn in
            turn.session.cycle = cycle
            turn.say(.success(book.text(GuidePrompt.cycleSet, cycle.promptValues)))
        }
    }

    /// `/team [NAME|none]`.
    func setTeam(_ argument: String) -> Outcome {
        guard let open = current else { return noSessionOpen }
        guard !argument.isEmpty else {
            guard let team = open.session.team else { return Outcome([.say(book.text(CoachPrompt.teamNone))]) }
            return Outcome([.say(book.text(CoachPrompt.teamShown, ["team": team]))])
        }
        let removing = Self.removals.contains(argument.lowercased())
        return change { turn in
            turn.session.team = removing ? nil : argument
            turn.say(.success(removing ? book.text(CoachPrompt.teamRemoved) : book.text(GuidePrompt.teamSet, ["team": argument])))
        }
    }
}
