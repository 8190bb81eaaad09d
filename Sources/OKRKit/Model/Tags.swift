import Foundation

/// The `[committed]` / `[aspirational]` tag people put on an objective line.
public enum KindTag {
    /// Splits "Ship the new API [committed]" (or "(committed)", anywhere on the line) into the text and the kind.
    public static func split(_ line: String) -> (text: String, kind: ObjectiveKind?) {
        // Most lines carry no tag: a byte scan answers them without Foundation's search.
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") }) else {
            return (line.trimmed, nil)
        }
        var text = line
        var kind: ObjectiveKind?
        for candidate in ObjectiveKind.allCases where line.containsIgnoringASCIICase(candidate.rawValue) {
            for tag in ["[\(candidate.rawValue)]", "(\(candidate.rawValue))"] {
                if let range = text.range(of: tag, options: .caseInsensitive) {
                    kind = candidate
                    text.removeSubrange(range)
                }
            }
        }
        return (text.trimmed, kind)
    }
}

/// Confidence as people write it: "7", "7/10", "0.7", "70%", or "(confidence 7/10)" at the end of a key result.
public enum ConfidenceTag {
    /// Splits "Raise NPS to 60 (confidence 6/10)" into the text and the confidence on a 0–10 scale; the
    /// group is read as the key-result reader reads confidence ("(conf 0.6)", "(60% confident)").
    public static func split(_ line: String) -> (text: String, confidence: Double?) {
        let body = line.trimmed
        guard body.utf8.last == UInt8(ascii: ")"), let open = body.lastIndex(of: "("),
            body[open...].containsIgnoringASCIICase("conf"),
            let confidence = KeyResultReader.confidence(in: String(body[open...]))
        else { return (body, nil) }
        return (String(body[..<open]).trimmed, confidence)
    }

    /// Reads a confidence: "7" and "7/10" are 7; "0.7" and "70%" are 7. Outside 0–10, `nil`.
    public static func value(_ text: String) -> Double? {
        var body = text.trimmed.lowercased()
        var scale = 1.0
        if body.hasSuffix("/10") {
            body.removeLast(3)
        } else if body.hasSuffix("%") {
            body.removeLast()
            scale = 0.1
        }
        guard let number = Double(body.trimmed.replacingComma()), number.isFinite else { return nil }
        let value = number < 1 && number > 0 && !body.contains("/") && scale == 1 && body.contains(".") ? number * 10 : number * scale
        return (0...10).contains(value) ? value : nil
    }

    /// "7/10", "6.5/10".
    public static func format(_ confidence: Double) -> String {
        let whole = confidence.rounded() == confidence
        return (whole ? String(Int(confidence)) : String(confidence)) + "/10"
    }
}

extension StringProtocol {
    /// Whether the text holds `word` (lower-case ASCII) in any ASCII case: a cheap test before a closer look.
    func containsIgnoringASCIICase(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let head = needle.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] | 0x20 == head {
            var k = 1
            while k < needle.count, bytes[start + k] | 0x20 == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    func replacingComma() -> String { String(map { $0 == "," ? "." : $0 }) }
}
