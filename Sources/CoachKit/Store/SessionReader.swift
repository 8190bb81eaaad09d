import Foundation
import OKRKit

/// Reads a session file by hand, several times faster than Foundation's `JSONDecoder`: `okr-coach status` over 200
/// sessions of check-ins spent more than half its time there.
///
/// It reads what the types' `Codable` conformances read (a missing optional or `null` is `nil`; `kpis` and `checkIns`
/// may be left out) and gives the same values, through the same parsers for ids, days and timestamps. Anything
/// else (an unknown or repeated key, an escaped key, a number at the edge of what a `Double` holds, bad JSON) gives
/// `nil`, and `SessionCoding` decodes the file with `JSONDecoder`, which reads it or says what is wrong.
/// `SessionReaderTests` holds both readers to the same sessions and the same refusals.
enum SessionReader {
    /// The session in `data`, or `nil` when this reader does not take the file for certain. With `onAllCores`, a
    /// big file's objectives are read on all cores (`ObjectiveSpans` finds them), giving the same session.
    static func read(_ data: Data, onAllCores: Bool = false) -> Session? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var cursor = JSONCursor(bytes)
            let objectives: (inout JSONCursor) -> [Objective]?
            if onAllCores, let spans = ObjectiveSpans.worthSplitting(raw) {
                objectives = { cursor in cursor.skip(spans.array) ? objectivesOnAllCores(bytes, spans.elements) : nil }
            } else {
                objectives = { cursor in list(&cursor, objective) }
            }
            guard let session = session(&cursor, objectives: objectives), cursor.atEnd() else { return nil }
            return session
        }
    }

    /// The objectives at `elements` in `bytes`, each read on its own, chunks of them on all cores; `nil` when one
    /// does not read, or does not end where its span does.
    private static func objectivesOnAllCores(_ bytes: UnsafeBufferPointer<UInt8>, _ elements: [Range<Int>]) -> [Objective]? {
        // Each chunk reads only its own elements of the file's bytes, which outlive the map.
        nonisolated(unsafe) let bytes = bytes
        let parts = ChunkedMap.map(elements.count) { range -> [Objective]? in
            var objectives: [Objective] = []
            objectives.reserveCapacity(range.count)
            for index in range {
                var cursor = JSONCursor(UnsafeBufferPointer(rebasing: bytes[elements[index]]))
                guard let objective = objective(&cursor), cursor.atEnd() else { return nil }
                objectives.append(objective)
            }
            return objectives
        }
        var objectives: [Objective] = []
        objectives.reserveCapacity(elements.count)
        for part in parts {
            guard let part else { return nil }
            objectives.append(contentsOf: part)
        }
        return objectives
    }

    private static let sessionKeys: [StaticString] = [
        "schemaVersion", "id", "name", "createdAt", "updatedAt", "team", "cycle", "objectives", "draft", "walk",
    ]

    /// The session at the cursor; `objectives` reads the value of its `objectives` key.
    private static func session(
        _ cursor: inout JSONCursor, objectives readObjectives: (inout JSONCursor) -> [Objective]?
    ) -> Session? {
        var version: Int?, id: UUID?, name: String?, created: Date?, updated: Date?, team: String?, cycle: Cycle?
        var objectives: [Objective]?, draft: DraftStep?, walk: WalkStep?
        let read = cursor.object(keys: sessionKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &version) { $0.int() }
            case 1: return required(&cursor, into: &id, identifier)
            case 2: return required(&cursor, into: &name) { $0.string() }
            case 3: return required(&cursor, into: &created) { $0.string().flatMap(Timestamp.parse) }
            case 4: return required(&cursor, into: &updated) { $0.string().flatMap(Timestamp.parse) }
            case 5: return optional(&cursor, into: &team) { $0.string() }
            case 6: return optional(&cursor, into: &cycle, self.cycle)
            case 7: return required(&cursor, into: &objectives, readObjectives)
            case 8: return optional(&cursor, into: &draft, self.draft)
            default: return optional(&cursor, into: &walk, self.walk)
            }
        }
        guard read, let version, let id, let name, let created, let updated, let objectives else { return nil }
        var session = Session(id: id, name: name, createdAt: created, team: team, cycle: cycle, objectives: objectives)
        session.schemaVersion = version
        session.updatedAt = updated
        session.draft = draft
        session.walk = walk
        return session
    }

    private static let cycleKeys: [StaticString] = ["label", "start", "end"]

    private static func cycle(_ cursor: inout JSONCursor) -> Cycle? {
        var label: String?, start: CalendarDay?, end: CalendarDay?
        let read = cursor.object(keys: cycleKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &label) { $0.string() }
            case 1: return required(&cursor, into: &start, day)
            default: return required(&cursor, into: &end, day)
            }
        }
        guard read, let label, let start, let end else { return nil }
        return Cycle(label: label, start: start, end: end)
    }

    private static let objectiveKeys: [StaticString] = [
        "id", "text", "kind", "keyResults", "nextCycle", "learned", "owner", "parent",
    ]

    private static func objective(_ cursor: inout JSONCursor) -> Objective? {
        var id: UUID?, text: String?, kind: ObjectiveKind?, keyResults: [KeyResult]?, plan: NextCyclePlan?
        var learned: String?, owner: String?, parent: Alignment?
        let read = cursor.object(keys: objectiveKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &id, identifier)
            case 1: return required(&cursor, into: &text) { $0.string() }
            case 2: return required(&cursor, into: &kind) { $0.string().flatMap(ObjectiveKind.init(rawValue:)) }
            case 3: return required(&cursor, into: &keyResults) { list(&$0, keyResult) }
            case 4: return optional(&cursor, into: &plan) { $0.string().flatMap(NextCyclePlan.init(rawValue:)) }
            case 5: return optional(&cursor, into: &learned) { $0.string() }
            case 6: return optional(&cursor, into: &owner) { $0.string() }
            default: return optional(&cursor, into: &parent, alignment)
            }
        }
        guard read, let id, let text, let kind, let keyResults else { return nil }
        var objective = Objective(id: id, text: text, kind: kind, keyResults: keyResults)
        objective.nextCycle = plan
        objective.learned = learned
        objective.owner = owner
        objective.parent = parent
        return objective
    }

    private static let alignmentKeys: [StaticString] = ["sessionId", "sessionName", "objectiveId", "keyResultId"]

    private static func alignment(_ cursor: inout JSONCursor) -> Alignment? {
        var session: UUID?, name: String?, objective: UUID?, keyResult: UUID?
        let read = cursor.object(keys: alignmentKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &session, identifier)
            case 1: return required(&cursor, into: &name) { $0.string() }
            case 2: return required(&cursor, into: &objective, identifier)
            default: return optional(&cursor, into: &keyResult, identifier)
            }
        }
        guard read, let session, let name, let objective else { return nil }
        return Alignment(sessionID: session, sessionName: name, objectiveID: objective, keyResultID: keyResult)
    }

    private static let keyResultKeys: [StaticString] = [
        "id", "text", "confidence", "kpis", "measure", "checkIns", "givenScore", "lookBack", "owner",
    ]

    private static func keyResult(_ cursor: inout JSONCursor) -> KeyResult? {
        var id: UUID?, text: String?, confidence: Double?, kpis: [String]?, measure: Measure?, checkIns: [CheckIn]?
        var given: GivenScore?, lookBack: String?, owner: String?
        let read = cursor.object(keys: keyResultKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &id, identifier)
            case 1: return required(&cursor, into: &text) { $0.string() }
            case 2: return optional(&cursor, into: &confidence) { $0.double() }
            case 3: return optional(&cursor, into: &kpis) { list(&$0) { $0.string() } }
            case 4: return optional(&cursor, into: &measure) { $0.string().flatMap(Measure.init(rawValue:)) }
            case 5: return optional(&cursor, into: &checkIns) { list(&$0, checkIn) }
            case 6: return optional(&cursor, into: &given, givenScore)
            case 7: return optional(&cursor, into: &lookBack) { $0.string() }
            default: return optional(&cursor, into: &owner) { $0.string() }
            }
        }
        guard read, let id, let text else { return nil }
        var keyResult = KeyResult(
            id: id, text: text, confidence: confidence, kpis: kpis ?? [], measure: measure, checkIns: checkIns ?? [])
        keyResult.givenScore = given
        keyResult.lookBack = lookBack
        keyResult.owner = owner
        return keyResult
    }

    private static let checkInKeys: [StaticString] = ["date", "value", "done", "confidence", "note"]

    private static func checkIn(_ cursor: inout JSONCursor) -> CheckIn? {
        var date: CalendarDay?, value: Double?, done: Bool?, confidence: Double?, note: String?
        let read = cursor.object(keys: checkInKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &date, day)
            case 1: return optional(&cursor, into: &value) { $0.double() }
            case 2: return optional(&cursor, into: &done) { $0.bool() }
            case 3: return optional(&cursor, into: &confidence) { $0.double() }
            default: return optional(&cursor, into: &note) { $0.string() }
            }
        }
        guard read, let date else { return nil }
        return CheckIn(date: date, value: value, done: done, confidence: confidence, note: note)
    }

    private static let givenScoreKeys: [StaticString] = ["score", "reason"]

    private static func givenScore(_ cursor: inout JSONCursor) -> GivenScore? {
        var score: Double?, reason: String?
        let read = cursor.object(keys: givenScoreKeys) { cursor, key in
            key == 0 ? required(&cursor, into: &score) { $0.double() } : required(&cursor, into: &reason) { $0.string() }
        }
        guard read, let score, let reason else { return nil }
        return GivenScore(score: score, reason: reason)
    }

    private static let draftKeys: [StaticString] = ["question", "objectiveId", "keyResultId", "kpiChoices", "offered"]

    private static func draft(_ cursor: inout JSONCursor) -> DraftStep? {
        var question: DraftStep.Question?, objective: UUID?, keyResult: UUID?, choices: [KPIChoice]?, offered: String?
        let read = cursor.object(keys: draftKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &question) { $0.string().flatMap(DraftStep.Question.init(rawValue:)) }
            case 1: return optional(&cursor, into: &objective, identifier)
            case 2: return optional(&cursor, into: &keyResult, identifier)
            case 3: return optional(&cursor, into: &choices) { list(&$0, kpiChoice) }
            default: return optional(&cursor, into: &offered) { $0.string() }
            }
        }
        guard read, let question else { return nil }
        return DraftStep(question, objective: objective, keyResult: keyResult, kpiChoices: choices, offered: offered)
    }

    private static let kpiChoiceKeys: [StaticString] = ["keyResultId", "kpi"]

    private static func kpiChoice(_ cursor: inout JSONCursor) -> KPIChoice? {
        var keyResult: UUID?, kpi: String?
        let read = cursor.object(keys: kpiChoiceKeys) { cursor, key in
            key == 0 ? required(&cursor, into: &keyResult, identifier) : required(&cursor, into: &kpi) { $0.string() }
        }
        guard read, let keyResult, let kpi else { return nil }
        return KPIChoice(keyResult: keyResult, kpi: kpi)
    }

    private static let walkKeys: [StaticString] = ["walk", "question", "keyResultId", "objectiveId", "queue"]

    private static func walk(_ cursor: inout JSONCursor) -> WalkStep? {
        var walk: WalkStep.Walk?, question: WalkStep.Question?, keyResult: UUID?, objective: UUID?, queue: [UUID]?
        let read = cursor.object(keys: walkKeys) { cursor, key in
            switch key {
            case 0: return required(&cursor, into: &walk) { $0.string().flatMap(WalkStep.Walk.init(rawValue:)) }
            case 1: return required(&cursor, into: &question) { $0.string().flatMap(WalkStep.Question.init(rawValue:)) }
            case 2: return optional(&cursor, into: &keyResult, identifier)
            case 3: return optional(&cursor, into: &objective, identifier)
            default: return required(&cursor, into: &queue) { list(&$0, identifier) }
            }
        }
        guard read, let walk, let question, let queue else { return nil }
        return WalkStep(walk: walk, question: question, keyResultID: keyResult, objectiveID: objective, queue: queue)
    }

    // MARK: Values

    /// A value that must be there and not `null`, read into `value`; `false` when it is not readable.
    private static func required<Value>(
        _ cursor: inout JSONCursor, into value: inout Value?, _ read: (inout JSONCursor) -> Value?
    ) -> Bool {
        value = read(&cursor)
        return value != nil
    }

    /// A value that may be `null` or left out, read into `value`; `false` when it is neither `null` nor readable.
    private static func optional<Value>(
        _ cursor: inout JSONCursor, into value: inout Value?, _ read: (inout JSONCursor) -> Value?
    ) -> Bool {
        guard let read = cursor.optional(read) else { return false }
        value = read
        return true
    }

    private static func list<Element>(_ cursor: inout JSONCursor, _ read: (inout JSONCursor) -> Element?) -> [Element]? {
        var elements: [Element] = []
        let complete = cursor.array { cursor in
            guard let element = read(&cursor) else { return false }
            elements.append(element)
            return true
        }
        return complete ? elements : nil
    }

    /// An id, read as `Identifier.parse` (and so `UUID(uuidString:)`) reads it.
    private static func identifier(_ cursor: inout JSONCursor) -> UUID? {
        cursor.string().flatMap(Identifier.parse)
    }

    /// A day, read as `CalendarDay`'s decoding reads it ("2027-03-31" by its bytes, any other text by
    /// `CalendarDay.init`): a session of 5,000 key results holds 65,000 check-in days.
    private static func day(_ cursor: inout JSONCursor) -> CalendarDay? {
        guard var text = cursor.string() else { return nil }
        let parts = text.withUTF8 { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var values = (0, 0, 0)
            for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if index < 4 { values.0 = values.0 * 10 + digit }
                else if index < 7 { values.1 = values.1 * 10 + digit }
                else { values.2 = values.2 * 10 + digit }
            }
            return values
        }
        guard let (year, month, day) = parts else { return CalendarDay(text) }
        return CalendarDay(year: year, month: month, day: day)
    }
}
