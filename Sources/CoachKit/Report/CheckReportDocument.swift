import Foundation
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
        /// Who answers for it, when named (an extra field, written only when set).
        public var owner: String?
        /// What it aligns to in another set, when linked (an extra field, written only when set).
        public var parent: ParentLink?
        /// The line in the outline, when the set was read from one (an extra field).
        public var line: Int?
        public var findings: [FindingEntry]
        public var keyResults: [KeyResultEntry]
    }

    /// One key result: its text, what was read, and its findings.
    public struct KeyResultEntry: Equatable, Sendable {
        public var text: String
        /// Who answers for it, when named (an extra field, written only when set).
        public var owner: String?
        /// What the reader understood.
        public var reading: Reading
        /// The line in the outline, when the set was read from one (an extra field).
        public var line: Int?
        public var findings: [FindingEntry]
        /// Whether its words are English (`KeyResultReport.isEnglish`).
        public var isEnglish: Bool
    }

    /// A finding with its words rendered from `prompts/rules.yaml`.
    public struct FindingEntry: Equatable, Sendable {
        public var rule: String
        public var severity: Severity
        public var category: RuleCategory
        public var message: String
        public var why: String
        public var fix: String
        /// The sentence rewritten so the rule no longer fires, proven by reading it back; `nil` when none is right.
        public var rewrite: String?
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

    /// Renders a report's findings with a prompt book; `source` adds the outline's file and lines, `parents` what
    /// aligned objectives support (by objective id).
    public init(
        _ report: CheckReport, book: PromptBook, source: CheckSource? = nil, parents: [UUID: ParentLink] = [:]
    ) {
        // A big report's objectives are rendered in chunks on all cores, each chunk with its own renderer.
        objectives = ChunkedMap.map(report.objectives.count) { range in
            var renderer = PromptRenderer(book: book)
            return range.map { index in
                let objective = report.objectives[index]
                return ObjectiveEntry(
                    text: objective.objective.text, kind: objective.objective.kind.rawValue, owner: objective.objective.owner,
                    parent: parents[objective.objective.id], line: source?.line(objective: index),
                    findings: objective.findings.map { FindingEntry($0, renderer: &renderer) },
                    keyResults: objective.keyResults.enumerated().map { number, keyResult in
                        KeyResultEntry(
                            text: keyResult.keyResult.text, owner: keyResult.keyResult.owner, reading: keyResult.reading,
                            line: source?.line(objective: index, keyResult: number),
                            findings: keyResult.findings.map { FindingEntry($0, renderer: &renderer) },
                            isEnglish: keyResult.isEnglish)
                    })
            }
        }.flatMap { $0 }
        file = source?.file
        var renderer = PromptRenderer(book: book)
        findings = report.findings.map { FindingEntry($0, renderer: &renderer) }
        summary = SummaryEntry(report.summary)
        cycle = report.cycle?.label
    }

    /// The document as JSON in the documented shape, as UTF-8 in consecutive pieces: pretty, absent reading values
    /// as `null`, numbers in full. A big report's objectives are written on all cores.
    public var json: [[UInt8]] {
        @Sendable func write(_ findings: [FindingEntry], key: String, to json: inout JSONWriter) {
            json.array(key: key) { json in
                for entry in findings {
                    json.object { json in
                        json.string(entry.rule, key: "rule")
                        json.string(entry.severity.rawValue, key: "severity")
                        json.string(entry.category.rawValue, key: "category")
                        json.string(entry.message, key: "message")
                        json.string(entry.why, key: "why")
                        json.string(entry.fix, key: "fix")
                        json.string(entry.rewrite, key: "rewrite")
                        json.object(key: "values") { json in
                            for (name, value) in entry.values.sorted(by: { $0.key < $1.key }) { json.string(value, key: name) }
                        }
                    }
                }
            }
        }
        @Sendable func write(_ reading: Reading, to json: inout JSONWriter) {
            json.object(key: "reading") { json in
                json.string(reading.direction?.rawValue, key: "direction")
                json.string(reading.metric, key: "metric")
                json.number(reading.baseline, key: "baseline")
                json.number(reading.target, key: "target")
                json.number(reading.change, key: "change")
                json.string(reading.unit, key: "unit")
                json.string(reading.deadline, key: "deadline")
                json.number(reading.confidence, key: "confidence")
            }
        }
        var json = JSONWriter()
        json.object { json in
            json.array(key: "objectives", objectives) { json, objective in
                json.object { json in
                    json.string(objective.text, key: "text")
                    json.string(objective.kind, key: "kind")
                    if let owner = objective.owner { json.string(owner, key: "owner") }
                    switch objective.parent {
                    case .found(let reference, _, _)?: json.string(reference, key: "parent")
                    case .missing?: json.string("missing", key: "parent")
                    case nil: break
                    }
                    json.number(objective.line.map(Double.init), key: "line")
                    write(objective.findings, key: "findings", to: &json)
                    json.array(key: "keyResults") { json in
                        for keyResult in objective.keyResults {
                            json.object { json in
                                json.string(keyResult.text, key: "text")
                                if let owner = keyResult.owner { json.string(owner, key: "owner") }
                                write(keyResult.reading, to: &json)
                                json.number(keyResult.line.map(Double.init), key: "line")
                                write(keyResult.findings, key: "findings", to: &json)
                            }
                        }
                    }
                }
            }
            write(findings, key: "findings", to: &json)
            json.object(key: "summary") { json in
                json.number(Double(summary.errors), key: "errors")
                json.number(Double(summary.warnings), key: "warnings")
                json.number(Double(summary.hints), key: "hints")
                json.number(Double(summary.strength), key: "strength")
                json.number(Double(summary.checks), key: "checks")
            }
            json.string(cycle, key: "cycle")
            json.string(file, key: "file")
        }
        return json.pieces
    }
}

extension CheckReportDocument.FindingEntry {
    /// A finding with its words, rendered by `renderer`.
    init(_ finding: Finding, renderer: inout PromptRenderer) {
        let values = PromptValues(finding.values)
        func text(_ part: RulePrompt.Part) -> String {
            renderer.text(RulePrompt(rule: finding.rule, part: part), values)
        }
        self.init(
            rule: finding.rule, severity: finding.severity, category: finding.category, message: text(.message),
            why: text(.why), fix: text(.fix), rewrite: finding.rewrite, values: finding.values)
    }
}

extension CheckReportDocument.SummaryEntry {
    /// The counts and strength of a check.
    init(_ summary: CheckSummary) {
        self.init(
            errors: summary.errors, warnings: summary.warnings, hints: summary.hints, strength: summary.strength,
            checks: summary.checksEvaluated)
    }
}
