import OKRKit

/// A check report as lines of text with a style each, so a terminal can colour them and a log can print them plain.
///
/// The lines are kept in blocks of plain UTF-8, each line indented two spaces per level, marked and ended by a line
/// break: printing without colour writes the blocks as they are, and a big report is laid out on all cores.
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

    /// Consecutive lines as plain text, with where each line is in it.
    public struct Block: Sendable, Equatable {
        /// The lines as printed without colour: indent, marker, words and a line break each.
        public private(set) var bytes: [UInt8] = []
        public private(set) var lines: [Line] = []

        /// An empty block with room for about `capacity` bytes.
        init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

        /// Appends a line whose words `render` appends to the block's bytes.
        mutating func add(_ indent: Int, _ style: Style, _ render: (inout [UInt8]) -> Void) {
            bytes.appendSpaces(indent * 2)
            let start = bytes.count
            let marker = style.marker
            if !marker.isEmpty {
                bytes.append(contentsOf: marker.utf8)
                bytes.append(0x20)
            }
            render(&bytes)
            lines.append(Line(indent: indent, style: style, marked: start..<bytes.count))
            bytes.append(0x0A)
        }

        /// The line's marker and words, without its indent.
        public func marked(_ line: Line) -> String { String(decoding: bytes[line.marked], as: UTF8.self) }
    }

    /// One line: its indent level, its style, and where its marker and words are in its block.
    public struct Line: Sendable, Equatable {
        public var indent: Int
        public var style: Style
        public var marked: Range<Int>
    }

    /// The report's blocks, in order.
    public private(set) var blocks: [Block] = []

    /// Lays out a rendered report, grouped by objective, each key result with its one-line reading.
    /// `failed` says whether the run fails (errors, or warnings under `--strict`), for the summary's style.
    public init(_ document: CheckReportDocument, book: PromptBook, failed: Bool) {
        // Each chunk of objectives is laid out in its own block, with its own renderer.
        blocks = ChunkedMap.map(document.objectives.count) { range in
            // About 400 bytes per key result.
            var block = Block(capacity: range.count * 2048)
            var book = PromptRenderer(book: book)
            for index in range {
                Self.add(document.objectives[index], number: index + 1, document: document, to: &block, book: &book)
            }
            return block
        }
        var block = Block()
        var book = PromptRenderer(book: book)
        if !document.findings.isEmpty {
            block.add(0, .heading) { book.render(CheckReportPrompt.set, into: &$0) }
            Self.addFindings(document.findings, indent: 1, to: &block, book: &book)
            block.add(0, .detail) { _ in }
        }
        let summary = document.summary
        block.add(0, .summary(failed: failed)) {
            book.render(CheckReportPrompt.summary, [
                "errors": String(summary.errors), "warnings": String(summary.warnings), "hints": String(summary.hints),
                "strength": String(summary.strength), "checks": String(summary.checks),
            ], into: &$0)
        }
        blocks.append(block)
    }

    /// The lines, indented two spaces per level, with their markers, without colour.
    public var plain: String {
        var bytes = blocks.flatMap(\.bytes)
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adds an objective's lines: its heading and findings, then each key result with its reading and findings.
    private static func add(
        _ objective: CheckReportDocument.ObjectiveEntry, number: Int, document: CheckReportDocument,
        to block: inout Block, book: inout PromptRenderer
    ) {
        var values: PromptValues = ["number": String(number), "text": objective.text, "kind": objective.kind]
        values["owner"] = objective.owner
        values["location"] = location(document.file, objective.line, &book)
        block.add(0, .heading) { book.render(CheckReportPrompt.objective, values, into: &$0) }
        switch objective.parent {
        case .found(let reference, let text, _)?:
            block.add(1, .detail) { book.render(CheckReportPrompt.parent, ["reference": reference, "text": text], into: &$0) }
        case .missing(let session)?:
            block.add(1, .detail) { book.render(CheckReportPrompt.parentMissing, ["session": session], into: &$0) }
        case nil:
            break
        }
        addFindings(objective.findings, indent: 1, to: &block, book: &book)
        for (number, keyResult) in objective.keyResults.enumerated() {
            var values: PromptValues = ["number": String(number + 1), "text": keyResult.text]
            values["owner"] = keyResult.owner
            values["location"] = location(document.file, keyResult.line, &book)
            block.add(1, .heading) { book.render(CheckReportPrompt.keyResult, values, into: &$0) }
            block.add(2, .reading) { render(keyResult.reading, cycle: document.cycle, book: &book, into: &$0) }
            if !keyResult.isEnglish {
                block.add(2, .detail) { book.render(CheckReportPrompt.englishOnly, into: &$0) }
            }
            if keyResult.findings.isEmpty { block.add(2, .clean) { book.render(CheckReportPrompt.clean, into: &$0) } }
            addFindings(keyResult.findings, indent: 2, to: &block, book: &book)
        }
        block.add(0, .detail) { _ in }
    }

    private static func addFindings(
        _ findings: [CheckReportDocument.FindingEntry], indent: Int, to block: inout Block, book: inout PromptRenderer
    ) {
        for finding in findings {
            block.add(indent, .finding(finding.severity)) {
                book.render(CheckReportPrompt.finding, [
                    "severity": finding.severity.rawValue, "rule": finding.rule, "message": finding.message,
                ], into: &$0)
            }
            block.add(indent + 2, .detail) { book.render(CheckReportPrompt.why, ["why": finding.why], into: &$0) }
            block.add(indent + 2, .detail) { book.render(CheckReportPrompt.fix, ["fix": finding.fix], into: &$0) }
            if let rewrite = finding.rewrite {
                block.add(indent + 2, .detail) { book.render(CheckReportPrompt.rewrite, ["rewrite": rewrite], into: &$0) }
            }
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
        var bytes: [UInt8] = []
        render(reading, cycle: cycle, book: &book, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `line(of:cycle:book:)` as UTF-8.
    private static func render(_ reading: Reading, cycle: String?, book: inout PromptRenderer, into output: inout [UInt8]) {
        var parts: [UInt8] = []
        parts.reserveCapacity(128)
        var count = 0
        func add(_ key: CheckReportPrompt, _ values: PromptValues = [:]) {
            if count > 0 { book.render(CheckReportPrompt.readingSeparator, into: &parts) }
            book.render(key, values, into: &parts)
            count += 1
        }
        func add(_ key: CheckReportPrompt, _ name: String, _ value: String?) {
            if let value, !value.isEmpty { add(key, [name: value]) }
        }
        func number(_ value: Double?) -> String? { value.map { PlainNumber.text($0, unit: reading.unit) } }
        if let direction = reading.direction {
            add(.readingDirection, ["direction": direction.rawValue])
        } else {
            add(.readingNoDirection)
        }
        add(.readingMetric, "metric", reading.metric)
        add(.readingBaseline, "baseline", number(reading.baseline))
        add(.readingTarget, "target", number(reading.target))
        add(.readingChange, "change", number(reading.change))
        if let deadline = reading.deadline, !deadline.isEmpty {
            add(.readingDeadline, ["deadline": deadline])
        } else if let cycle, !cycle.isEmpty {
            add(.readingCycleDeadline, ["cycle": cycle])
        } else {
            add(.readingNoDeadline)
        }
        add(.readingConfidence, "confidence", reading.confidence.map { PlainNumber.text($0) })
        book.render(CheckReportPrompt.reading, ["parts": String(decoding: parts, as: UTF8.self)], into: &output)
    }
}
