import OKRKit

/// Free text typed when no question is pending: offered as a key result or an objective when it reads like one.
extension Coach {
    func offer(_ line: String) -> Outcome {
        guard let open = current, !open.isReadOnly else { return Outcome([.say(book.text(GuidePrompt.idle))]) }
        let measures = KeyResultReader.quantities(in: line).contains(where: \.isMeasure)
        let reading = KeyResultReader.read(line)
        let words = line.split(whereSeparator: \.isWhitespace).count
        if measures, reading.direction != nil, let o = open.focus, open.session.objectives.indices.contains(o) {
            let objective = open.session.objectives[o].id
            return change { session, _ in [pose(DraftStep(.offer, objective: objective, offered: line), in: &session)] }
        }
        if !measures, (3...18).contains(words) {
            return change { session, _ in [pose(DraftStep(.offer, offered: line), in: &session)] }
        }
        return Outcome([.say(book.text(GuidePrompt.idle))])
    }
}
