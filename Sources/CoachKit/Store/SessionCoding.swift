import Foundation
import OKRKit

/// Turns sessions into the JSON saved on disk and back, with errors that say where a file went wrong.
public enum SessionCoding {
    /// Pretty, key-sorted JSON with ISO 8601 dates (fractional seconds kept), so files diff well (`SessionWriter`).
    public static func encode(_ session: Session) throws -> Data {
        try SessionWriter.encode(session)
    }

    /// Decodes a session file's bytes; `file` names the file in errors.
    ///
    /// The happy path parses once, by hand (`SessionReader`); a file that reader does not take (one edited by hand
    /// with an unknown key, say) is decoded with `JSONDecoder`, its objectives split among the cores when
    /// `onAllCores` is set and the file is big, and only a file that fails there too is parsed again, to say
    /// where and why.
    public static func decode(
        _ data: Data, file: String, backup: String? = nil, onAllCores: Bool = false
    ) throws(StoreError) -> Session {
        try decodeNoting(data, file: file, backup: backup, onAllCores: onAllCores).session
    }

    /// Decodes as `decode` does, and says which format version the file was written in (before migration).
    public static func decodeNoting(
        _ data: Data, file: String, backup: String? = nil, onAllCores: Bool = false
    ) throws(StoreError) -> (session: Session, format: Int) {
        func unreadable(_ problem: String) -> StoreError { .unreadable(file: file, problem: problem, backup: backup) }
        var decoded: Session
        do {
            decoded = try SessionReader.read(data, onAllCores: onAllCores) ?? (onAllCores ? decodeInParts(data) : nil)
                ?? decoder.decode(Session.self, from: data)
        } catch {
            throw diagnose(data, file: file, decodingError: error, unreadable: unreadable)
        }
        guard decoded.schemaVersion <= Session.currentSchemaVersion else {
            throw .newerVersion(file: file, found: decoded.schemaVersion, supported: Session.currentSchemaVersion)
        }
        if let problem = SessionValidation.problem(in: decoded) { throw unreadable(problem) }
        let format = decoded.schemaVersion
        SessionMigration.migrate(&decoded, from: data)
        return (decoded, format)
    }

    /// A big file decoded with its objectives split among the cores; `nil` for a small file, or one that does not
    /// decode this way, which the caller decodes whole.
    private static func decodeInParts(_ data: Data) -> Session? {
        data.withUnsafeBytes { buffer -> Session? in
            guard let spans = ObjectiveSpans.worthSplitting(buffer) else { return nil }
            var rest = Data(buffer[..<spans.array.lowerBound])
            rest.append(contentsOf: "[]".utf8)
            rest.append(contentsOf: buffer[spans.array.upperBound...])
            guard var session = try? decoder.decode(Session.self, from: rest) else { return nil }
            // Each chunk reads only its own elements of the file's bytes, which outlive the map.
            nonisolated(unsafe) let bytes = buffer
            let parts = ChunkedMap.map(spans.elements.count) { range -> [Objective]? in
                var chunk = Data("[".utf8)
                for index in range {
                    if index > range.lowerBound { chunk.append(UInt8(ascii: ",")) }
                    chunk.append(contentsOf: bytes[spans.elements[index]])
                }
                chunk.append(UInt8(ascii: "]"))
                return try? decoder.decode([Objective].self, from: chunk)
            }
            var objectives: [Objective] = []
            objectives.reserveCapacity(spans.elements.count)
            for part in parts {
                guard let part else { return nil }
                objectives.append(contentsOf: part)
            }
            session.objectives = objectives
            return session
        }
    }

    /// Foundation's decoder, set to read timestamps as `Timestamp` does: for files `SessionReader` does not take.
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = Timestamp.parse(text) { return date }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date like 2027-01-31T09:00:00Z, found \"\(text)\"")
        }
        return decoder
    }()

    /// Why a file did not decode, most fundamental problem first: not JSON, not a session, too new, a bad field.
    private static func diagnose(
        _ data: Data, file: String, decodingError: any Error, unreadable: (String) -> StoreError
    ) -> StoreError {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            return unreadable("not valid JSON \(syntaxLocation(of: error, in: data))")
        }
        guard let top = object as? [String: Any] else { return unreadable("expected a JSON object at the top") }
        guard let version = top["schemaVersion"] as? Int else {
            return unreadable("missing \"schemaVersion\" (a whole number): is this an okr-coach session?")
        }
        guard version <= Session.currentSchemaVersion else {
            return .newerVersion(file: file, found: version, supported: Session.currentSchemaVersion)
        }
        if let error = decodingError as? DecodingError { return unreadable(describe(error)) }
        return unreadable("\(decodingError)")
    }

    /// "at line 3, column 7" from the parser's character offset (with what is wrong, for a broken escape, which the
    /// parser does not place), or "(it ends too early)".
    private static func syntaxLocation(of error: any Error, in data: Data) -> String {
        func place(_ offset: Int) -> String {
            var line = 1, column = 1
            for byte in data.prefix(offset) {
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return "at line \(line), column \(column)"
        }
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        if let range = detail.range(of: "character "), let offset = Int(detail[range.upperBound...].prefix { $0.isNumber }) {
            return place(offset)
        }
        if let escape = JSONEscapes.firstInvalid(in: data) { return "\(place(escape.offset)): \(escape.problem)" }
        return detail.localizedCaseInsensitiveContains("end of file") || data.isEmpty
            ? "(it ends too early: the file may be truncated)" : "(\(detail))"
    }

    /// "objectives[0].keyResults[1].text: expected text, found a number".
    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            var result = ""
            for key in codingPath {
                if let index = key.intValue {
                    result += "[\(index)]"
                } else {
                    result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return result.isEmpty ? "the top level" : result
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type)), found something else"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default: "\(type)"
        }
    }
}
