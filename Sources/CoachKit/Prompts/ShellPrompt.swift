/// The words of the shell: banner, command help and answers, errors. In `prompts/shell.yaml`.
public enum ShellPrompt: String, CaseIterable, PromptKey {
    case banner

    public var path: String { "shell.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .banner: ["version"]
        }
    }
}
