/// Reads OKRs written as an outline in Markdown or plain text.
///
/// - `Objective: TEXT`, `Objective 1: TEXT`, `O1: TEXT`, `# TEXT` and `## TEXT` start an objective (also
///   `### Objective: TEXT`, `Objective #2 - TEXT`); `[committed]` or `[aspirational]` (or in parentheses)
///   anywhere on the line sets its kind (aspirational by default).
/// - Under an objective, lines starting with `-`, `*`, `+`, `1.`, `1)`, `KR:`, `KR1:` or `Key result 1:` are its key
///   results; a trailing `(confidence 7/10)` (any form the reader understands) becomes the key result's confidence.
/// - A list item indented deeper than the objective's first key result is a note under it, and is ignored.
/// - A trailing `(owner: Ana Lopez)` or `@Ana` on an objective or key result line names its owner (see `OwnerTag`);
///   a backslash escapes a Markdown mark or a tag the text holds (see `OutlineEscapes`).
/// - `Cycle: 2027-Q1` (or `Cycle: 2027-01-01..2027-03-31`) sets the cycle, `Team: Platform` the team. Every other
///   line is ignored.
/// - A bare heading with no key results followed by a deeper heading or an `Objective:` line is a title
///   ("# Team OKRs" above "## Grow revenue"), not an objective.
/// - A key result before any objective is skipped with a warning; an objective line with no text, or a text with
///   no objective at all, is an error.
public enum OutlineParser {
    /// Parses an outline; never fails, problems are in `diagnostics`.
    public static func parse(_ text: String) -> Outline {
        var builder = Builder()
        var number = 0, lastWritten = 1
        let bytes = Array(text.utf8)
        let lines = lineRanges(bytes)
        // Lines are classified on all cores (a generated outline may hold 10,000 key results), then taken in order.
        // Each line becomes a string of its own: slices of one text share its storage, and two cores counting
        // references to the same object take turns, which made classifying barely faster on two cores than on one.
        let classified = ChunkedMap.map(lines.count) { chunk in
            bytes.withUnsafeBufferPointer { bytes in
                lines[chunk].map { OutlineLine(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
            }
        }
        for line in classified.joined() {
            number += 1
            if !line.trimmed.isEmpty { lastWritten = number }
            builder.take(line, at: number)
        }
        return builder.finish(lastLine: lastWritten)
    }

    /// Where each line lies in the text. Lines end at "\n" ("\r\n" leaves a "\r" that trimming removes); old Mac
    /// files end them at "\r". A leading byte-order mark (Windows Notepad writes one) is not part of the first line.
    private static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        let end = bytes.contains(UInt8(ascii: "\n")) ? UInt8(ascii: "\n") : UInt8(ascii: "\r")
        var lines: [Range<Int>] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for index in bytes.indices where bytes[index] == end {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<bytes.count)
        return lines
    }

    private struct Builder {
        var objectives: [Objective] = []
        var headingLevels: [Int?] = []
        var objectiveLines: [Int] = []
        var keyResultLines: [[Int]] = []
        var diagnostics: [OutlineDiagnostic] = []
        var cycle: Cycle?
        var team: String?
        /// The indent of the current objective's first key result; deeper list items are notes under it.
        var keyResultIndent: Int?

        mutating func take(_ line: OutlineLine, at number: Int) {
            switch line.kind {
            case .objective(let text, let kind, let level, let owner):
                guard !text.isEmpty else {
                    diagnostics.append(.init(line: number, severity: .error, problem: .emptyObjective, text: line.trimmed))
                    return
                }
                keyResultIndent = nil
                var objective = Objective(text: text, kind: kind)
                objective.owner = owner
                objectives.append(objective)
                headingLevels.append(level)
                objectiveLines.append(number)
                keyResultLines.append([])
            case .keyResult(let text, let confidence, let owner):
                guard !text.isEmpty else {
                    diagnostics.append(.init(line: number, severity: .warning, problem: .emptyKeyResult, text: line.trimmed))
                    return
                }
                guard !objectives.isEmpty else {
                    diagnostics.append(
                        .init(line: number, severity: .warning, problem: .keyResultBeforeObjective, text: line.trimmed))
                    return
                }
                if let indent = keyResultIndent, line.indent > indent { return }
                keyResultIndent = keyResultIndent ?? line.indent
                var keyResult = KeyResult(text: text, confidence: confidence)
                keyResult.owner = owner
                objectives[objectives.count - 1].keyResults.append(keyResult)
                keyResultLines[keyResultLines.count - 1].append(number)
            case .cycle(let label):
                if let parsed = Cycle.read(label) {
                    cycle = parsed
                } else {
                    diagnostics.append(.init(line: number, severity: .warning, problem: .unknownCycle, text: line.trimmed))
                }
            case .team(let name):
                if !name.isEmpty { team = name }
            case .other:
                break
            }
        }

        mutating func finish(lastLine: Int) -> Outline {
            dropTitles()
            if objectives.isEmpty, !diagnostics.contains(where: { $0.problem == .emptyObjective }) {
                diagnostics.append(.init(line: lastLine, severity: .error, problem: .noObjectives, text: ""))
            }
            diagnostics.sort { $0.line < $1.line }
            return Outline(
                objectives: objectives, cycle: cycle, team: team, objectiveLines: objectiveLines, keyResultLines: keyResultLines,
                diagnostics: diagnostics)
        }

        /// Removes headings that only title the deeper headings below them.
        private mutating func dropTitles() {
            var index = objectives.count - 2
            while index >= 0 {
                let next = headingLevels[index + 1]
                if let level = headingLevels[index], objectives[index].keyResults.isEmpty, next.map({ $0 > level }) ?? true {
                    objectives.remove(at: index)
                    headingLevels.remove(at: index)
                    objectiveLines.remove(at: index)
                    keyResultLines.remove(at: index)
                }
                index -= 1
            }
        }
    }
}
