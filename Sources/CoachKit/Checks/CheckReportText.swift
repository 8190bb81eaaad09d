import OKRKit

/// A check report as lines of text with a style each, so a terminal can colour them and a log can print them plain.
public struct CheckReportText: Sendable, Equatable {
    /// How a line should look.
    public enum Style: Sendable, Equatable {
        case heading
        case reading
        case finding(Severity)
        case detail
        case clean
        case summary(failed: Bool)

        /// The mark that starts a line of this style, so severity shows without colour: "✖", "⚠", "ℹ", "✔".
        public var marker: String {
            switch self {
            case .finding(.error): "✖"
            case .finding(.warning): "⚠"
            case .finding(.hint): "ℹ"
            case .clean: "✔"
            case .heading, .reading, .detail, .summary: ""
            }
        }
    }

    /// One line: its indent level, style and text (without the marker).
    public struct Line: Sendable, Equatable {
        public var indent: Int
        public var style: Style
        public var text: String
    }

    public private(set) var lines: [Line] = []

    /// Lays out a rendered report, grouped by objective, each key result with its one-line reading.
    /// `failed` says whether the run fails (errors, or warnings under `--strict`), for the summary's style.
    public init(_ document: CheckReportDocument, book: PromptBook, failed: Bool) {
        // A big report's objectives are laid out in chunks on all cores, each chunk with its own renderer.
        let parts = ChunkedMap.map(document.objectives.count) { range in
            var part = CheckReportText()
            var book = PromptRenderer(book: book)
            for index in range { part.add(document.objectives[index], number: index + 1, document: document, book: &book) }
            return part.lines
        }
        lines = parts.flatMap { $0 }
        var book = PromptRenderer(book: book)
        if !document.findings.isEmpty {
            add(0, .heading, book.text(CheckReportPrompt.set))
            addFindings(document.findings, indent: 1, book: &book)
            add(0, .detail, "")
        }
        let summary = document.summary
        add(0, .summary(failed: failed), book.text(CheckReportPrompt.summary, [
            "errors": String(summary.errors), "warnings": String(summary.warnings), "hints": String(summary.hints),
            "strength": String(summary.strength), "checks": String(summary.checks),
        ]))
    }

    private init() {}

    /// Adds an objective's lines: its heading and findings, then each key result with its reading and findings.
    private mutating func add(
        _ objective: CheckReportDocument.ObjectiveEntry, number: Int, document: CheckReportDocument,
        book: inout PromptRenderer
    ) {
        var values: PromptValues = ["number": String(number), "text": objective.text, "kind": objective.kind]
        values["location"] = Self.location(document.file, objective.line, &book)
        add(0, .heading, book.text(CheckReportPrompt.objective, values))
        addFindings(objective.findings, indent: 1, book: &book)
        for (number, keyResult) in objective.keyResults.enumerated() {
            var values: PromptValues = ["number": String(number + 1), "text": keyResult.text]
            values["location"] = Self.location(document.file, keyResult.line, &book)
            add(1, .heading, book.text(CheckReportPrompt.keyResult, values))
            add(2, .reading, Self.line(of: keyResult.reading, cycle: document.cycle, book: &book))
            if keyResult.findings.isEmpty { add(2, .clean, book.text(CheckReportPrompt.clean)) }
            addFindings(keyResult.findings, indent: 2, book: &book)
        }
        add(0, .detail, "")
    }

    /// The lines with their markers, indented two spaces per level, without colour.
    public var plain: String {
        lines.map { line in
            let marker = line.style.marker.isEmpty ? "" : line.style.marker + " "
            return String(repeating: "  ", count: line.indent) + marker + line.text
        }.joined(separator: "\n")
    }

    private mutating func add(_ indent: Int, _ style: Style, _ text: String) {
        lines.append(Line(indent: indent, style: style, text: text))
    }

    private mutating func addFindings(
        _ findings: [CheckReportDocument.FindingEntry], indent: Int, book: inout PromptRenderer
    ) {
        for finding in findings {
            add(indent, .finding(finding.severity), book.text(CheckReportPrompt.finding, [
                "severity": finding.severity.rawValue, "rule": finding.rule, "message": finding.message,
            ]))
            add(indent + 2, .detail, book.text(CheckReportPrompt.why, ["why": finding.why]))
            add(indent + 2, .detail, book.text(CheckReportPrompt.fix, ["fix": finding.fix]))
        }
    }

    /// "okrs.md:12" when the file and line are known.
    private static func location(_ file: String?, _ line: Int?, _ book: inout PromptRenderer) -> String? {
        guard let file, let line else { return nil }
        return book.text(CheckReportPrompt.location, ["file": file, "line": String(line)])
    }

    /// A reading as one line: "read: increase · NPS · from 45 · to 70 · by end of Q3"; absent parts are left out,
    /// and a key result without its own deadline is due at the end of `cycle`, when the set has one.
    static func line(of reading: Reading, cycle: String?, book: inout PromptRenderer) -> String {
        func number(_ value: Double?) -> String? { value.map { PlainNumber.text($0, unit: reading.unit) } }
        let fields: [(CheckReportPrompt, String, String?)] = [
            (.readingMetric, "metric", reading.metric), (.readingBaseline, "baseline", number(reading.baseline)),
            (.readingTarget, "target", number(reading.target)), (.readingChange, "change", number(reading.change)),
        ]
        var parts = [
            reading.direction.map { book.text(CheckReportPrompt.readingDirection, ["direction": $0.rawValue]) }
                ?? book.text(CheckReportPrompt.readingNoDirection)
        ]
        for (key, name, value) in fields {
            if let value, !value.isEmpty { parts.append(book.text(key, [name: value])) }
        }
        if let deadline = reading.deadline, !deadline.isEmpty {
            parts.append(book.text(CheckReportPrompt.readingDeadline, ["deadline": deadline]))
        } else if let cycle, !cycle.isEmpty {
            parts.append(book.text(CheckReportPrompt.readingCycleDeadline, ["cycle": cycle]))
        } else {
            parts.append(book.text(CheckReportPrompt.readingNoDeadline))
        }
        if let confidence = reading.confidence {
            parts.append(book.text(CheckReportPrompt.readingConfidence, ["confidence": PlainNumber.text(confidence)]))
        }
        let separator = book.text(CheckReportPrompt.readingSeparator)
        return book.text(CheckReportPrompt.reading, ["parts": parts.joined(separator: separator)])
    }
}
