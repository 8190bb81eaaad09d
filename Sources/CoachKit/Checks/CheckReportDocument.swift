import Foundation
import OKRKit

/// A check report with every finding's words rendered: what `okr-coach check --format json` prints and what
/// text renderers (the CLI, the REPL's `/check`) walk.
public struct CheckReportDocument: Codable, Equatable, Sendable {
    public var objectives: [ObjectiveEntry]
    /// Findings about the set as a whole.
    public var findings: [FindingEntry]
    public var summary: SummaryEntry
    /// The cycle assumed for key results without a deadline (an extra field).
    public var cycle: String?

    /// One objective with its findings and key results.
    public struct ObjectiveEntry: Codable, Equatable, Sendable {
        public var text: String
        public var kind: String
        public var findings: [FindingEntry]
        public var keyResults: [KeyResultEntry]
    }

    /// One key result: its text, what was read, and its findings.
    public struct KeyResultEntry: Codable, Equatable, Sendable {
        public var text: String
        public var reading: ReadingEntry
        public var findings: [FindingEntry]
    }

    /// A reading with every field present: absent values encode as `null`.
    public struct ReadingEntry: Codable, Equatable, Sendable {
        public var reading: Reading

        private enum CodingKeys: String, CodingKey {
            case direction, metric, baseline, target, change, unit, deadline, confidence
        }

        /// Wraps a reading.
        public init(_ reading: Reading) { self.reading = reading }

        public init(from decoder: any Decoder) throws { reading = try Reading(from: decoder) }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reading.direction, forKey: .direction)
            try container.encode(reading.metric, forKey: .metric)
            try container.encode(reading.baseline, forKey: .baseline)
            try container.encode(reading.target, forKey: .target)
            try container.encode(reading.change, forKey: .change)
            try container.encode(reading.unit, forKey: .unit)
            try container.encode(reading.deadline, forKey: .deadline)
            try container.encode(reading.confidence, forKey: .confidence)
        }
    }

    /// A finding with its words rendered from `prompts/rules.yaml`.
    public struct FindingEntry: Codable, Equatable, Sendable {
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
    public struct SummaryEntry: Codable, Equatable, Sendable {
        public var errors: Int
        public var warnings: Int
        public var hints: Int
        public var strength: Int
        /// How many rule checks applied (an extra field).
        public var checks: Int
    }

    /// Renders a report's findings with a prompt book.
    public init(_ report: CheckReport, book: PromptBook) {
        func entry(_ finding: Finding) -> FindingEntry {
            func text(_ part: RulePrompt.Part) -> String {
                book.text(RulePrompt(rule: finding.rule, part: part), finding.values)
            }
            return FindingEntry(
                rule: finding.rule, severity: finding.severity, category: finding.category, message: text(.message),
                why: text(.why), fix: text(.fix), values: finding.values)
        }
        objectives = report.objectives.map { objective in
            ObjectiveEntry(
                text: objective.objective.text, kind: objective.objective.kind.rawValue,
                findings: objective.findings.map(entry),
                keyResults: objective.keyResults.map {
                    KeyResultEntry(text: $0.keyResult.text, reading: ReadingEntry($0.reading), findings: $0.findings.map(entry))
                })
        }
        findings = report.findings.map(entry)
        summary = SummaryEntry(
            errors: report.summary.errors, warnings: report.summary.warnings, hints: report.summary.hints,
            strength: report.summary.strength, checks: report.summary.checksEvaluated)
        cycle = report.cycle?.label
    }

    /// The document as JSON: pretty, keys sorted, absent reading values as `null`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
