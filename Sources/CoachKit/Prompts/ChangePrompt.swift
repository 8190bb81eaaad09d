/// How `/undo` and `/redo` name the change they took back or made again. In `prompts/coach.yaml` under `change`.
public enum ChangePrompt: String, CaseIterable, PromptKey {
    case added, deleted, edited, moved, kind, confidence, kpis, checkIn, measure, grade, plan, owner, parent, cycle, team,
        answer

    public var path: String { "coach.change.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .added, .deleted, .edited: ["ref", "text"]
        case .kind: ["ref", "kind"]
        case .moved, .confidence, .kpis, .checkIn, .measure, .grade, .plan, .owner, .parent: ["ref"]
        case .cycle, .team, .answer: []
        }
    }
}
