/// A key the code looks up in `prompts/*.yaml`, with the names of the values it passes to the template.
///
/// Keys are declared once, in `CaseIterable` enums or tables, so a test can compare what the code uses
/// with what the files hold.
public protocol PromptKey: Sendable {
    /// The dotted path: the file's base name, then the keys inside it ("shell.banner").
    var path: String { get }
    /// The values the code may pass when it renders this key; the template may use any of them.
    var values: [String] { get }
}

/// Every key the code uses, gathered for the consistency test.
public enum PromptKeys {
    public static let all: [any PromptKey] =
        ShellPrompt.allCases.map { $0 as any PromptKey }
        + CoachPrompt.allCases.map { $0 as any PromptKey }
        + GuidePrompt.allCases.map { $0 as any PromptKey }
        + CommandTable.all.flatMap { [$0.summaryKey, $0.helpKey] as [any PromptKey] }
        + RulePrompt.allCases.map { $0 as any PromptKey }
        + CheckReportPrompt.allCases.map { $0 as any PromptKey }
        + SuggestionPrompt.allCases.map { $0 as any PromptKey }
        + CountPrompt.allCases.map { $0 as any PromptKey }
        + ChangePrompt.allCases.map { $0 as any PromptKey }
        + CheckInPrompt.allCases.map { $0 as any PromptKey }
        + TrackingWordPrompt.allCases.map { $0 as any PromptKey }
        + GradePrompt.allCases.map { $0 as any PromptKey }
        + StatusPrompt.allCases.map { $0 as any PromptKey }
        + ExchangePrompt.allCases.map { $0 as any PromptKey }
        + HandoutPrompt.allCases.map { $0 as any PromptKey }
        + ReportPrompt.allCases.map { $0 as any PromptKey }
        + CourseListPrompt.allCases.map { $0 as any PromptKey }
        + CoursePrompt.allCases.map { $0 as any PromptKey }
}
