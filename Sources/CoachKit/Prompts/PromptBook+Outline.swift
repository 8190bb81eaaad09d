import OKRKit

extension PromptBook {
    /// An outline's problem in the coach's words, with its severity: "warning: okrs.md:3: ...".
    public func describe(_ diagnostic: OutlineDiagnostic, file: String) -> String {
        diagnostic.severity.rawValue + ": " + text(CheckReportPrompt(diagnostic.problem), [
            "file": file, "line": String(diagnostic.line), "text": diagnostic.text,
        ])
    }
}
