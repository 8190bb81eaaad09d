import Foundation

/// The `[committed]` / `[aspirational]` tag people put on an objective line.
public enum KindTag {
    /// Splits "Ship the new API [committed]" (or "(committed)", anywhere on the line) into the text and the kind.
    public static func split(_ line: String) -> (text: String, kind: ObjectiveKind?) {
        // Most lines carry no tag: a byte scan answers them without Foundation's search.
        let opens = { (byte: UInt8) in byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") }
        guard line.utf8.withContiguousStorageIfAvailable({ $0.contains(where: opens) }) ?? line.utf8.contains(where: opens) else {
            return (line.trimmingSpaces(), nil)
        }
        var text = line
        var kind: ObjectiveKind?
        for candidate in ObjectiveKind.allCases where line.containsIgnoringASCIICase(candidate.rawValue) {
            for tag in ["[\(candidate.rawValue)]", "(\(candidate.rawValue))"] {
                if let range = text.asciiRangeIgnoringCase(of: tag) ?? text.range(of: tag, options: .caseInsensitive) {
                    kind = candidate
                    text.removeSubrange(range)
                }
            }
        }
        return (text.trimmingSpaces(), kind)
    }
}

/// Confidence as people write it: "7", "7/10", "0.7", "70%", or "(confidence 7/10)" at the end of a key result.
public enum ConfidenceTag {
    /// Splits "Raise NPS to 60 (confidence 6/10)" into the text and the confidence on a 0–10 scale; the
    /// group is read as the key-result reader reads confidence ("(conf 0.6)", "(60% confident)"). A group whose ")"
    /// is escaped ("\)") is text.
    public static func split(_ line: String) -> (text: String, confidence: Double?) {
        let body = line.trimmingSpaces()
        // "\)" is an escaped parenthesis (the outline writer's): text, not the end of a group.
        guard body.utf8.last == UInt8(ascii: ")"), body.utf8.dropLast().last != UInt8(ascii: "\\"),
            let open = body.utf8.lastIndex(of: UInt8(ascii: "("))
        else {
            return (body, nil)
        }
        let group = body[open...]
        guard group.containsIgnoringASCIICase("conf"),
            let confidence = canonical(group) ?? KeyResultReader.confidence(in: String(group))
        else { return (body, nil) }
        return (body[..<open].trimmingSpaces(), confidence)
    }

    /// The confidence of a group written exactly as documented, "(confidence 7/10)" (whole numbers 0 to 10),
    /// read by its bytes; `nil` for any other form, which the key-result reader reads. An outline of 10,000 key
    /// results states 10,000 of these.
    static func canonical(_ group: Substring) -> Double? {
        let prefix: StaticString = "(confidence ", suffix: StaticString = "/10)"
        var group = group
        return group.withUTF8 { bytes -> Double? in
            let head = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            guard bytes.count > head.count + tail.count, bytes.starts(with: head), bytes.suffix(tail.count).elementsEqual(tail)
            else { return nil }
            let digits = bytes[head.count..<(bytes.count - tail.count)]
            guard digits.count <= 2, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            return value <= 10 ? Double(value) : nil
        }
    }

    /// Reads a confidence: "7" and "7/10" are 7; "0.7" and "70%" are 7. Outside 0–10, `nil`.
    public static func value(_ text: String) -> Double? {
        var body = text.trimmingSpaces().lowercased()
        var scale = 1.0
        if body.hasSuffix("/10") {
            body.removeLast(3)
        } else if body.hasSuffix("%") {
            body.removeLast()
            scale = 0.1
        }
        guard let number = Double(body.trimmingSpaces().replacingComma()), number.isFinite else { return nil }
        let value = number < 1 && number > 0 && !body.contains("/") && scale == 1 && body.contains(".") ? number * 10 : number * scale
        return (0...10).contains(value) ? value : nil
    }

    /// "7/10", "6.5/10"; total, so even a value no person typed (1e19, infinity) prints rather than traps.
    public static func format(_ confidence: Double) -> String {
        number(confidence) + "/10"
    }

    /// "7", "6.5", "1e+19": a whole number without its ".0".
    public static func number(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
