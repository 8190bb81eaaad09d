import OKRKit

/// A check report with every finding's words rendered: what `okr-coach check --format json` prints and what
/// text renderers (the CLI, the REPL's `/check`) walk.
public struct CheckReportDocument: Equatable, Sendable {
    public var objectives: [ObjectiveEntry]
    /// Findings about the set as a whole.
    public var findings: [FindingEntry]
    public var summary: SummaryEntry
    /// The cycle assumed for key results without a deadline (an extra field).
    public var cycle: String?
    /// The file the set was read from, when it was an outline (an extra field).
    public var file: String?

    /// One objective with its findings and key results.
    public struct ObjectiveEntry: Equatable, Sendable {
        public var text: String
        public var kind: String
        /// The line in the outline, when the set was read from one (an extra field).
        public var line: Int?
        public var findings: [FindingEntry]
        public var keyResults: [KeyResultEntry]
    }

    /// One key result: its text, what was read, and its findings.
    public struct KeyResultEntry: Equatable, Sendable {
        public var text: String
        /// What the reader understood.
        public var reading: Reading
        /// The line in the outline, when the set was read from one (an extra field).
        public var line: Int?
        public var findings: [FindingEntry]
    }

    /// A finding with its words rendered from `prompts/rules.yaml`.
    public struct FindingEntry: Equatable, Sendable {
        public var rule: String
        public var severity: Severity
        public var category: RuleCategory
        public var message: String
        public var why: String
        public var fix: String
        /// The values the templates were rendered with (an extra field).
        public var values: [String: String]
    }

    /// Counts and strength.
    public struct SummaryEntry: Equatable, Sendable {
        public var errors: Int
        public var warnings: Int
        public var hints: Int
        public var strength: Int
        /// How many rule checks applied (an extra field).
        public var checks: Int
    }

    /// Renders a report's findings with a prompt book; `source` adds the outline's file and lines.
    public init(_ report: CheckReport, book: PromptBook, source: CheckSource? = nil) {
        /// A finding with its words, rendered by a renderer of the calling chunk.
        @Sendable func entry(_ finding: Finding, _ renderer: inout PromptRenderer) -> FindingEntry {
            func text(_ part: RulePrompt.Part) -> String {
                renderer.text(RulePrompt(rule: finding.rule, part: part), finding.values)
            }
            return FindingEntry(
                rule: finding.rule, severity: finding.severity, category: finding.category, message: text(.message),
                why: text(.why), fix: text(.fix), values: finding.values)
        }
        // A big report's objectives are rendered in chunks on all cores, each chunk with its own renderer.
        objectives = ChunkedMap.map(report.objectives.count) { range in
            var renderer = PromptRenderer(book: book)
            return range.map { index in
                let objective = report.objectives[index]
                return ObjectiveEntry(
                    text: objective.objective.text, kind: objective.objective.kind.rawValue,
                    line: source?.line(objective: index), findings: objective.findings.map { entry($0, &renderer) },
                    keyResults: objective.keyResults.enumerated().map { number, keyResult in
                        KeyResultEntry(
                            text: keyResult.keyResult.text, reading: keyResult.reading,
                            line: source?.line(objective: index, keyResult: number),
                            findings: keyResult.findings.map { entry($0, &renderer) })
                    })
            }
        }.flatMap { $0 }
        file = source?.file
        var renderer = PromptRenderer(book: book)
        findings = report.findings.map { entry($0, &renderer) }
        summary = SummaryEntry(
            errors: report.summary.errors, warnings: report.summary.warnings, hints: report.summary.hints,
            strength: report.summary.strength, checks: report.summary.checksEvaluated)
        cycle = report.cycle?.label
    }

    /// The document as JSON in the documented shape: pretty, absent reading values as `null`, numbers in full.
    public var json: JSONValue {
        func finding(_ entry: FindingEntry) -> JSONValue {
            .object([
                ("rule", .string(entry.rule)), ("severity", .string(entry.severity.rawValue)),
                ("category", .string(entry.category.rawValue)), ("message", .string(entry.message)),
                ("why", .string(entry.why)), ("fix", .string(entry.fix)),
                ("values", .object(entry.values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ])
        }
        func reading(_ reading: Reading) -> JSONValue {
            .object([
                ("direction", .string(reading.direction?.rawValue)), ("metric", .string(reading.metric)),
                ("baseline", .number(reading.baseline)), ("target", .number(reading.target)),
                ("change", .number(reading.change)), ("unit", .string(reading.unit)),
                ("deadline", .string(reading.deadline)), ("confidence", .number(reading.confidence)),
            ])
        }
        let objectives = objectives.map { objective in
            JSONValue.object([
                ("text", .string(objective.text)), ("kind", .string(objective.kind)),
                ("line", .number(objective.line.map(Double.init))), ("findings", .array(objective.findings.map(finding))),
                ("keyResults", .array(objective.keyResults.map { keyResult in
                    .object([
                        ("text", .string(keyResult.text)), ("reading", reading(keyResult.reading)),
                        ("line", .number(keyResult.line.map(Double.init))),
                        ("findings", .array(keyResult.findings.map(finding))),
                    ])
                })),
            ])
        }
        return .object([
            ("objectives", .array(objectives)), ("findings", .array(findings.map(finding))),
            ("summary", .object([
                ("errors", .number(Double(summary.errors))), ("warnings", .number(Double(summary.warnings))),
                ("hints", .number(Double(summary.hints))), ("strength", .number(Double(summary.strength))),
                ("checks", .number(Double(summary.checks))),
            ])),
            ("cycle", .string(cycle)), ("file", .string(file)),
        ])
    }
}
