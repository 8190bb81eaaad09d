import CoachKit
import Foundation
import OKRKit
import Testing

/// Keeps `schema/session.schema.json` and the encoder in step: what the encoder writes validates, and
/// every property the schema describes is one the encoder writes.
@Suite struct SessionSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema/session.schema.json")

    @Test func theEncodedSessionValidatesAndUsesEverySchemaProperty() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
        var offering = sampleSession()
        offering.draft = DraftStep(.offer, objective: offering.objectives[0].id, offered: "Raise CSAT from 80% to 90%")
        var validator = SchemaValidator(root: schema)
        for session in [sampleSession(), offering, Self.tracked()] {
            validator.validate(try JSONSerialization.jsonObject(with: SessionCoding.encode(session)), against: schema, at: "session")
        }
        #expect(validator.errors.isEmpty, "\(validator.errors.joined(separator: "\n"))")
        #expect(validator.unusedProperties().isEmpty, "described but never written: \(validator.unusedProperties())")
    }

    /// The sample session after a check-in walk and a grade, with a walk under way.
    static func tracked() -> Session {
        var session = sampleSession()
        let day = CalendarDay(year: 2027, month: 2, day: 12)!
        session.objectives[0].keyResults[0].checkIns = [
            CheckIn(date: day, value: 52, confidence: 6, note: "Two deals slipped"),
            CheckIn(date: day.adding(days: 7)!, value: 40, done: false),
        ]
        session.objectives[0].keyResults[0].measure = .increase
        session.objectives[0].keyResults[0].givenScore = GivenScore(score: 0.8, reason: "Signed after the close")
        session.objectives[0].keyResults[0].lookBack = "Start the pilot earlier"
        session.objectives[0].nextCycle = .keep
        session.objectives[0].learned = "Referrals beat ads"
        session.objectives[0].owner = "Ana"
        session.objectives[0].keyResults[0].owner = "Bo"
        session.objectives[0].parent = Alignment(
            sessionID: UUID(), sessionName: "company", objectiveID: UUID(), keyResultID: UUID())
        let ids = session.objectives[0].keyResults.map(\.id)
        session.walk = WalkStep(walk: .checkIn, question: .value, keyResultID: ids[1], objectiveID: session.objectives[0].id, queue: ids)
        return session
    }

    @Test func theValidatorCatchesWhatDoesNotFit() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
        var json = try #require(try JSONSerialization.jsonObject(with: SessionCoding.encode(sampleSession())) as? [String: Any])
        json["surprise"] = true
        json["schemaVersion"] = "one"
        var validator = SchemaValidator(root: schema)
        validator.validate(json, against: schema, at: "session")
        #expect(validator.errors.contains("session.surprise: not in the schema"))
        #expect(validator.errors.contains("session.schemaVersion: expected integer"))
    }
}

/// A small JSON Schema validator: type, enum, required, properties, additionalProperties, items, $ref, bounds.
struct SchemaValidator {
    let root: [String: Any]
    var errors: [String] = []
    private var described: Set<String> = []
    private var seen: Set<String> = []

    init(root: [String: Any]) { self.root = root }

    /// Properties the schema describes that no validated document held ("objective.kind").
    func unusedProperties() -> [String] { described.subtracting(seen).sorted() }

    mutating func validate(_ value: Any, against schema: [String: Any], at path: String, owner: String = "session") {
        if let reference = schema["$ref"] as? String, let name = reference.split(separator: "/").last,
            let definitions = root["$defs"] as? [String: Any], let target = definitions[String(name)] as? [String: Any]
        {
            return validate(value, against: target, at: path, owner: String(name))
        }
        if let options = schema["enum"] as? [String], !options.contains(value as? String ?? "\u{0}") {
            errors.append("\(path): expected one of \(options)")
        }
        if let type = schema["type"] as? String, !Self.matches(value, type) {
            errors.append("\(path): expected \(type)")
            return
        }
        if let number = (value as? NSNumber)?.doubleValue {
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { errors.append("\(path): below \(minimum)") }
            if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum { errors.append("\(path): above \(maximum)") }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { validate(item, against: items, at: "\(path)[\(index)]", owner: owner) }
        }
        guard let object = value as? [String: Any] else { return }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for key in properties.keys { described.insert("\(owner).\(key)") }
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            errors.append("\(path).\(key): required")
        }
        for (key, child) in object {
            guard let childSchema = properties[key] as? [String: Any] else {
                if schema["additionalProperties"] as? Bool == false { errors.append("\(path).\(key): not in the schema") }
                continue
            }
            seen.insert("\(owner).\(key)")
            validate(child, against: childSchema, at: "\(path).\(key)", owner: owner)
        }
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "boolean": value is Bool
        case "integer": (value as? NSNumber).map { $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "number": value is NSNumber
        case "null": value is NSNull
        default: false
        }
    }
}
