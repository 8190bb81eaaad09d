import OKRKit

/// Reads `SessionCSV`'s rows back: objectives in order (a new one where the objective ref changes), their kinds,
/// key results, confidences, owners (each row's owner becomes its key result's), the cycle and the team. The
/// computed columns (measure, progress, status...), KPIs and parents are not read back.
enum SessionCSVReader {
    /// Whether `text` starts with `SessionCSV`'s header row.
    static func isExport(_ text: String) -> Bool {
        let header = SessionCSV.columns.joined(separator: ",")
        guard text.hasPrefix(header) else { return false }
        let rest = text.utf8.dropFirst(header.utf8.count)
        return rest.first.map { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") } ?? true
    }

    /// The set the rows hold, or each problem with its line.
    static func read(_ text: String, file: String, book: PromptBook) -> Result<ImportedSet, ImportedSet.Failure> {
        let rows: [CSVTable.Row]
        do { rows = try CSVTable.rows(text) } catch {
            return .failure(.init(messages: [book.text(ExchangePrompt.csvQuote, ["file": file, "line": String(error.line)])]))
        }
        var reader = Reader(file: file, book: book)
        for row in rows.dropFirst() where row.fields != [""] { reader.take(row) }
        guard reader.problems.isEmpty else { return .failure(.init(messages: reader.problems)) }
        guard !reader.objectives.isEmpty else { return .failure(.init(messages: [book.text(ExchangePrompt.csvEmpty, ["file": file])])) }
        return .success(ImportedSet(
            objectives: reader.objectives, cycle: reader.cycle, team: reader.team, source: nil, warnings: []))
    }

    private struct Reader {
        let file: String
        let book: PromptBook
        var objectives: [Objective] = []
        var cycle: Cycle?
        var team: String?
        var problems: [String] = []
        /// The objective ref of the previous row: a row with another starts a new objective.
        var lastReference: String?
        var readSetCells = false

        init(file: String, book: PromptBook) {
            self.file = file
            self.book = book
        }

        mutating func take(_ row: CSVTable.Row) {
            let line = String(row.line)
            guard row.fields.count == SessionCSV.columns.count else {
                fail(.csvColumns, line, ["count": String(row.fields.count), "expected": String(SessionCSV.columns.count)])
                return
            }
            let cells = Dictionary(uniqueKeysWithValues: zip(SessionCSV.columns, row.fields.map(CSVCells.restored)))
            let cell = { (column: String) in (cells[column] ?? "").trimmingSpaces() }
            if !readSetCells {
                readSetCells = true
                team = cell("team").isEmpty ? nil : cell("team")
                if !cell("cycle").isEmpty {
                    cycle = Cycle.read(cell("cycle"))
                    if cycle == nil { fail(.csvCycle, line, ["cycle": cell("cycle")]) }
                }
            }
            guard !cell("objective").isEmpty else { return fail(.csvNoObjective, line, [:]) }
            let kind = cell("kind").isEmpty ? ObjectiveKind.aspirational : ObjectiveKind(rawValue: cell("kind").lowercased())
            guard let kind else { return fail(.csvKind, line, ["kind": cell("kind")]) }
            if objectives.isEmpty || cell("objective ref") != lastReference {
                objectives.append(Objective(text: cell("objective"), kind: kind))
                lastReference = cell("objective ref")
            }
            let owner = cell("owner").isEmpty ? nil : cell("owner")
            guard !cell("key result").isEmpty else {
                objectives[objectives.count - 1].owner = owner
                return
            }
            var confidence: Double?
            if !cell("confidence").isEmpty {
                guard let value = Double(cell("confidence")), (0...10).contains(value) else {
                    return fail(.csvConfidence, line, ["confidence": cell("confidence")])
                }
                confidence = value
            }
            var keyResult = KeyResult(text: cell("key result"), confidence: confidence)
            keyResult.owner = owner
            objectives[objectives.count - 1].keyResults.append(keyResult)
        }

        private mutating func fail(_ key: ExchangePrompt, _ line: String, _ values: [String: String]) {
            problems.append(book.text(key, values.merging(["file": file, "line": line]) { $1 }))
        }
    }
}
