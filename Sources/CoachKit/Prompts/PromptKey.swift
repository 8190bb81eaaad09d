/// A key the code looks up in `prompts/*.yaml`, with the names of the values it passes to the template.
///
/// Keys are declared once, in `CaseIterable` enums (one per prompt file), so a test can compare what the code
/// uses with what the files hold.
public protocol PromptKey: Sendable {
    /// The dotted path: the file's base name, then the keys inside it ("shell.banner").
    var path: String { get }
    /// The values the code passes when it renders this key; the template may use any of them.
    var values: [String] { get }
}

/// Every key the code uses, gathered for the consistency test and for validating overrides.
public enum PromptKeys {
    /// Registered key sets; each prompt area adds its enum here.
    public static let all: [any PromptKey] =
        ShellPrompt.allCases.map { $0 as any PromptKey }
        + RulePrompt.allCases.map { $0 as any PromptKey }
        + CheckReportPrompt.allCases.map { $0 as any PromptKey }
}
