/// The help words of one command: `shell.commands.NAME.summary` or `.help`.
struct CommandPrompt: PromptKey {
    let command: String
    let part: String
    var path: String { "shell.commands.\(command).\(part)" }
    var values: [String] { [] }
}
