import Foundation
import OKRKit

/// Writes a session file by hand, byte for byte as Foundation's `JSONEncoder` wrote it (pretty-printed with
/// `"key" : value`, keys sorted, slashes unescaped), several times faster: saving a session of 5,000 key results
/// with 13 check-ins each was almost all `JSONEncoder`.
///
/// The keys of each type are written in sorted order, and optionals left out as the types' `Codable` conformances
/// leave them out. `SessionWriterTests` holds it to `JSONEncoder`'s bytes on thousands of random sessions.
struct SessionWriter {
    private var out: [UInt8] = []
    private var depth = 0
    /// Whether a value was written at this level, so the next key or element needs a comma first.
    private var afterValue = false

    /// The file's bytes for `session`, ending with a newline. Throws as `JSONEncoder` did (the same error, with the
    /// same path) for a number JSON cannot write: not a number, or infinite.
    static func encode(_ session: Session) throws -> Data {
        var writer = SessionWriter()
        // Generous: pages reserved and never written cost nothing, and growing copies everything written so far.
        writer.out.reserveCapacity(4096 + session.keyResultCount * 512
            + session.objectives.reduce(0) { $0 + $1.keyResults.reduce(0) { $0 + $1.checkIns.count } } * 256)
        try writer.write(session)
        writer.out.append(0x0A)
        return Data(writer.out)
    }

    private mutating func write(_ session: Session) throws {
        beginObject()
        key("createdAt"); string(Timestamp.format(session.createdAt))
        if let cycle = session.cycle {
            key("cycle"); beginObject()
            key("end"); day(cycle.end)
            key("label"); string(cycle.label)
            key("start"); day(cycle.start)
            endObject()
        }
        if let draft = session.draft { key("draft"); write(draft) }
        key("id"); identifier(session.id)
        key("name"); string(session.name)
        key("objectives"); beginArray()
        for (o, objective) in session.objectives.enumerated() {
            element()
            try write(objective) { [PathKey("objectives"), PathKey(o)] + $0 }
        }
        endArray()
        key("schemaVersion"); raw(String(session.schemaVersion))
        if let team = session.team { key("team"); string(team) }
        key("updatedAt"); string(Timestamp.format(session.updatedAt))
        if let walk = session.walk { key("walk"); write(walk) }
        endObject()
    }

    private mutating func write(_ objective: Objective, path: ([PathKey]) -> [PathKey]) throws {
        beginObject()
        key("id"); identifier(objective.id)
        key("keyResults"); beginArray()
        for (k, keyResult) in objective.keyResults.enumerated() {
            element()
            try write(keyResult) { path([PathKey("keyResults"), PathKey(k)] + $0) }
        }
        endArray()
        key("kind"); string(objective.kind.rawValue)
        if let learned = objective.learned { key("learned"); string(learned) }
        if let plan = objective.nextCycle { key("nextCycle"); string(plan.rawValue) }
        if let owner = objective.owner { key("owner"); string(owner) }
        if let parent = objective.parent {
            key("parent"); beginObject()
            if let id = parent.keyResultID { key("keyResultId"); identifier(id) }
            key("objectiveId"); identifier(parent.objectiveID)
            key("sessionId"); identifier(parent.sessionID)
            key("sessionName"); string(parent.sessionName)
            endObject()
        }
        key("text"); string(objective.text)
        endObject()
    }

    private mutating func write(_ keyResult: KeyResult, path: ([PathKey]) -> [PathKey]) throws {
        beginObject()
        if !keyResult.checkIns.isEmpty {
            key("checkIns"); beginArray()
            for (c, checkIn) in keyResult.checkIns.enumerated() {
                element()
                try write(checkIn) { path([PathKey("checkIns"), PathKey(c)] + $0) }
            }
            endArray()
        }
        if let confidence = keyResult.confidence {
            key("confidence"); try number(confidence) { path([PathKey("confidence")]) }
        }
        if let given = keyResult.givenScore {
            key("givenScore"); beginObject()
            key("reason"); string(given.reason)
            key("score"); try number(given.score) { path([PathKey("givenScore"), PathKey("score")]) }
            endObject()
        }
        key("id"); identifier(keyResult.id)
        key("kpis"); beginArray()
        for kpi in keyResult.kpis { element(); string(kpi) }
        endArray()
        if let lookBack = keyResult.lookBack { key("lookBack"); string(lookBack) }
        if let measure = keyResult.measure { key("measure"); string(measure.rawValue) }
        if let owner = keyResult.owner { key("owner"); string(owner) }
        key("text"); string(keyResult.text)
        endObject()
    }

    private mutating func write(_ checkIn: CheckIn, path: ([PathKey]) -> [PathKey]) throws {
        beginObject()
        if let confidence = checkIn.confidence {
            key("confidence"); try number(confidence) { path([PathKey("confidence")]) }
        }
        key("date"); day(checkIn.date)
        if let done = checkIn.done { key("done"); raw(done ? "true" : "false") }
        if let note = checkIn.note { key("note"); string(note) }
        if let value = checkIn.value { key("value"); try number(value) { path([PathKey("value")]) } }
        endObject()
    }

    private mutating func write(_ draft: DraftStep) {
        beginObject()
        if let id = draft.keyResultID { key("keyResultId"); identifier(id) }
        if let choices = draft.kpiChoices {
            key("kpiChoices"); beginArray()
            for choice in choices {
                element(); beginObject()
                key("keyResultId"); identifier(choice.keyResultID)
                key("kpi"); string(choice.kpi)
                endObject()
            }
            endArray()
        }
        if let id = draft.objectiveID { key("objectiveId"); identifier(id) }
        if let offered = draft.offered { key("offered"); string(offered) }
        key("question"); string(draft.question.rawValue)
        endObject()
    }

    private mutating func write(_ walk: WalkStep) {
        beginObject()
        if let id = walk.keyResultID { key("keyResultId"); identifier(id) }
        if let id = walk.objectiveID { key("objectiveId"); identifier(id) }
        key("question"); string(walk.question.rawValue)
        key("queue"); beginArray()
        for id in walk.queue { element(); identifier(id) }
        endArray()
        key("walk"); string(walk.walk.rawValue)
        endObject()
    }

    // MARK: Layout

    private mutating func beginObject() { open(UInt8(ascii: "{")) }
    private mutating func endObject() { close(UInt8(ascii: "}")) }
    private mutating func beginArray() { open(UInt8(ascii: "[")) }
    private mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        depth += 1
        afterValue = false
    }

    /// Closes a level on a line of its own; an empty one is written `[`, a blank line, `]`, as `JSONEncoder` does.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !afterValue { out.append(0x0A) }
        newLine()
        out.append(bracket)
        afterValue = true
    }

    /// Starts an array element on its own line.
    private mutating func element() {
        if afterValue { out.append(UInt8(ascii: ",")) }
        newLine()
    }

    /// Starts an object member: `"name" : `.
    private mutating func key(_ name: StaticString) {
        element()
        out.append(UInt8(ascii: "\""))
        append(name)
        append("\" : ")
    }

    private mutating func append(_ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func newLine() {
        let count = 1 + depth * 2
        Self.indentation.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// A newline and the spaces of the deepest level the writer reaches (7: a check-in's members), and more.
    private static let indentation = [0x0A] + [UInt8](repeating: UInt8(ascii: " "), count: 32)

    // MARK: Values

    private mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
        afterValue = true
    }

    /// A number as `JSONEncoder` writes it: Swift's shortest round-tripping form, without a trailing ".0".
    private mutating func number(_ value: Double, path: () -> [PathKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path(), debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        if let whole = Int(exactly: value), abs(whole) < 1 << 53, !(value == 0 && value.sign == .minus) {
            raw(String(whole))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    /// A string with JSON's escapes as `JSONEncoder` writes them: `\"`, `\\`, the short forms of backspace, tab,
    /// newline, form feed and return, `\u00XX` (lower-case hex) for the other control characters; everything else,
    /// `/` and all of Unicode included, as it is.
    private mutating func string(_ text: String) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                out.append(contentsOf: bytes)
            } else {
                escaped(bytes)
            }
        }
        out.append(UInt8(ascii: "\""))
        afterValue = true
    }

    private mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): append(#"\""#)
            case UInt8(ascii: "\\"): append(#"\\"#)
            case 0x08: append(#"\b"#)
            case 0x09: append(#"\t"#)
            case 0x0A: append(#"\n"#)
            case 0x0C: append(#"\f"#)
            case 0x0D: append(#"\r"#)
            case 0..<0x20:
                append(#"\u00"#)
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let upperHexDigits = Array("0123456789ABCDEF".utf8)

    /// A UUID as `uuidString` spells it: upper-case hex in groups of 8, 4, 4, 4 and 12.
    private mutating func identifier(_ id: UUID) {
        out.append(UInt8(ascii: "\""))
        withUnsafeBytes(of: id.uuid) { bytes in
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
                out.append(Self.upperHexDigits[Int(byte >> 4)])
                out.append(Self.upperHexDigits[Int(byte & 0xF)])
            }
        }
        out.append(UInt8(ascii: "\""))
        afterValue = true
    }

    /// A day as "2027-03-31" (`CalendarDay.description`), its year always four digits.
    private mutating func day(_ day: CalendarDay) {
        func digit(_ value: Int, _ place: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value / place % 10) }
        let (year, month, date) = (day.year, day.month, day.day)
        let quoted = (
            UInt8(ascii: "\""), digit(year, 1000), digit(year, 100), digit(year, 10), digit(year, 1), UInt8(ascii: "-"),
            digit(month, 10), digit(month, 1), UInt8(ascii: "-"), digit(date, 10), digit(date, 1), UInt8(ascii: "\""))
        withUnsafeBytes(of: quoted) { out.append(contentsOf: $0) }
        afterValue = true
    }

    /// One step of the path `EncodingError` names ("objectives[0].keyResults[2].confidence").
    struct PathKey: CodingKey {
        let stringValue: String
        let intValue: Int?

        init(_ name: String) { stringValue = name; intValue = nil }
        init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { self.init(intValue) }
    }
}
