/// One slash command: its name, aliases, argument syntax, what Tab completes after it, and what it does.
///
/// The same table feeds dispatch, `/help` and completion. The help words live in `prompts/shell.yaml`
/// under `commands.NAME.summary` and `commands.NAME.help`.
public struct CommandSpec: Sendable {
    /// What Tab offers after the command.
    public enum Completion: Sendable {
        case nothing
        case commandNames
        case sessionNames
        case references
        case referencesAndSessions
        /// An objective of the open set, then `SESSION:` and that session's references (`/align`).
        case alignment
        case lessons
        /// The practice course's topics.
        case practiceTopics
        case kpis
    }

    /// Whether the argument is required, optional or not taken.
    public enum Argument: Sendable, Equatable {
        case none
        case optional(String)
        case required(String)
    }

    public let name: String
    public let aliases: [String]
    public let argument: Argument
    public let completion: Completion
    /// Whether the argument can be a session name, which refuses a control character the line cleaning dropped.
    public let takesSessionName: Bool
    let perform: @Sendable (Coach, String) -> Outcome

    init(
        _ name: String, aliases: [String] = [], argument: Argument = .none, completion: Completion = .nothing,
        takesSessionName: Bool = false, perform: @escaping @Sendable (Coach, String) -> Outcome
    ) {
        self.name = name
        self.aliases = aliases
        self.argument = argument
        self.completion = completion
        self.takesSessionName = takesSessionName
        self.perform = perform
    }

    /// "/open NAME", "/help [CMD]".
    public var usage: String {
        switch argument {
        case .none: "/\(name)"
        case .optional(let word): "/\(name) [\(word)]"
        case .required(let word): "/\(name) \(word)"
        }
    }

    var summaryKey: CommandPrompt { CommandPrompt(command: name, part: "summary") }
    var helpKey: CommandPrompt { CommandPrompt(command: name, part: "help") }
}
