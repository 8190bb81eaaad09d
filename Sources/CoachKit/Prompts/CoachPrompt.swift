/// The words of the coaching conversation and of editing the set. In `prompts/coach.yaml`.
public enum CoachPrompt: String, CaseIterable, PromptKey {
    case objectiveAdded, keyResultAdded, needObjectiveFirst
    case listEmpty, listHeader, listObjective, listKeyResult
    case editShow, edited, deletedItem, moved, moveObjectiveUsage, moveKeyResultUsage
    case kindSet, kindUsage, confidenceSet, confidenceUsage
    case ownerUsage, ownerNone, ownerShown, ownerSet, ownerRemoved, ownerTooLong
    case alignUsage, alignNeedsObjective, alignNone, alignSet, alignRemoved, alignLoop, alignSelf, alignNoParent, parentFound,
        parentMissing
    case undone, redone, nothingToUndo, nothingToRedo, noSuchReference
    case cycleShown, cycleNone, teamShown, teamNone, teamRemoved
    case suggestionRow, suggestNeedsKeyResult, suggestNothing, suggestAllLinked, kpisCategories, watchHeader, watchRow, watchUnknown
    case learnIntro, learnRow, learnLesson, learnUnknown, editorUnavailable, greeting, greetingResume, resumed

    public var path: String { "coach.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .objectiveAdded, .keyResultAdded, .editShow, .edited, .deletedItem: ["ref", "text"]
        case .listHeader: ["session", "cycle", "objectives", "keyResults"]
        case .listObjective: ["text", "kind", "owner", "parent"]
        case .listKeyResult: ["text", "confidence", "owner"]
        case .ownerNone, .ownerRemoved, .alignNone, .alignRemoved: ["ref"]
        case .ownerShown, .ownerSet: ["ref", "owner"]
        case .ownerTooLong: ["limit"]
        case .alignSet: ["ref", "parent", "text"]
        case .alignLoop: ["ref", "parent"]
        case .alignSelf: ["ref"]
        case .alignNoParent: ["session", "ref", "known"]
        case .parentFound: ["parent", "text"]
        case .parentMissing: ["session"]
        case .moved: ["ref", "to"]
        case .moveObjectiveUsage: ["count"]
        case .kindSet: ["ref", "kind"]
        case .confidenceSet: ["ref", "confidence"]
        case .undone, .redone: ["change", "steps"]
        case .cycleShown: ["cycle", "start", "end"]
        case .teamShown: ["team"]
        case .cycleNone, .teamNone, .teamRemoved: []
        case .noSuchReference: ["ref", "known"]
        case .suggestionRow: ["ref", "reason"]
        case .suggestNothing, .suggestAllLinked: ["ref"]
        case .watchRow: ["cadence", "refs"]
        case .kpisCategories: ["count"]
        case .learnRow: ["summary"]
        case .learnLesson: ["title", "body", "weak", "strong", "why"]
        case .learnUnknown: ["topic", "topics"]
        case .greetingResume: ["latest"]
        case .resumed: ["session"]
        case .watchHeader, .watchUnknown, .suggestNeedsKeyResult, .learnIntro, .editorUnavailable, .greeting: []
        case .needObjectiveFirst, .listEmpty, .moveKeyResultUsage, .kindUsage, .confidenceUsage, .nothingToUndo,
            .nothingToRedo, .ownerUsage, .alignUsage, .alignNeedsObjective:
            []
        }
    }
}
