/// One exercise of the practice course: a flawed objective or key result, with its context, the rules it is aimed
/// at, and a model answer. Loaded from `prompts/practice.yaml` (`PracticeBank`); judged by `PracticeJudge`.
public struct Exercise: Equatable, Sendable {
    /// What the person rewrites.
    public enum Part: String, CaseIterable, Sendable {
        case objective
        case keyResult = "key-result"
    }

    /// What a passing answer must state besides quieting the rules, read from its sentence (key results only).
    public enum Requirement: String, CaseIterable, Sendable {
        /// A starting value: "from 45".
        case baseline
        /// A value to reach: "to 70".
        case target
        /// A deadline of its own: "by March 31".
        case deadline
    }

    /// Unique in the bank, stable: progress is kept by it ("measurable-03").
    public var id: String
    /// The topic's id (`PracticeTopic.id`).
    public var topic: String
    /// 1 (easy) to 3 (hard).
    public var level: Int
    /// The kind of team, for context: "support", "a hospital".
    public var team: String
    public var part: Part
    /// For a key result: the objective it belongs to. For an objective: `nil`.
    public var objective: String?
    /// Committed or aspirational: the objective's kind, for context and for the rules that read it.
    public var kind: ObjectiveKind
    /// For an objective: its key results, so the set is whole. For a key result: none.
    public var keyResults: [String]
    /// The text to improve.
    public var flawed: String
    /// The rules the flawed text fires, which must all be quiet for an answer to pass.
    public var rules: [String]
    /// What a passing key result must also state.
    public var requires: [Requirement]
    /// An answer that passes.
    public var model: String
    /// What makes the model answer good, shown with it.
    public var why: String

    public init(
        id: String, topic: String, level: Int, team: String, part: Part, objective: String?, kind: ObjectiveKind,
        keyResults: [String], flawed: String, rules: [String], requires: [Requirement], model: String, why: String
    ) {
        self.id = id
        self.topic = topic
        self.level = level
        self.team = team
        self.part = part
        self.objective = objective
        self.kind = kind
        self.keyResults = keyResults
        self.flawed = flawed
        self.rules = rules
        self.requires = requires
        self.model = model
        self.why = why
    }
}

/// A group of exercises: one of the lessons' topics.
public struct PracticeTopic: Equatable, Sendable {
    /// What people type after `/practice`: "measurable".
    public var id: String
    /// "Measurable key results".
    public var title: String
    /// The `/learn` lesson it practises.
    public var lesson: String

    public init(id: String, title: String, lesson: String) {
        self.id = id
        self.title = title
        self.lesson = lesson
    }
}
