import Foundation

/// One line of an outline, classified: an objective, a key result, a cycle, a team, or anything else.
struct OutlineLine {
    enum Kind: Equatable {
        /// An objective; `headingLevel` is 1 or 2 for a bare `#`/`##` heading, `nil` for an explicit marker.
        case objective(text: String, kind: ObjectiveKind, headingLevel: Int?, owner: String?)
        case keyResult(text: String, confidence: Double?, owner: String?)
        case cycle(String)
        case team(String)
        case other
    }

    /// The line without surrounding spaces.
    let trimmed: String
    let kind: Kind
    /// The width of the leading whitespace (a tab counts 4).
    let indent: Int

    /// Classifies a line.
    init(_ line: String) {
        let trimmed = line.trimmingSpaces()
        self.trimmed = trimmed
        indent = line.prefix { $0.isWhitespace }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        kind = OutlineLine.classifyWithTag(trimmed)
    }

    /// Classifies a line, taking a kind tag anywhere on an objective line: "Objective (committed): ...",
    /// "## Keep the lights on [committed]".
    private static func classifyWithTag(_ line: String) -> Kind {
        let (untagged, tagged) = KindTag.split(line)
        guard let tagged, case .objective(let text, _, let level, let owner) = classify(untagged) else { return classify(line) }
        return .objective(text: text, kind: tagged, headingLevel: level, owner: owner)
    }

    private static func classify(_ line: String) -> Kind {
        var rest = Substring(line)
        // A line whose first byte is not "#" has no "#" heading (a first character made of "#" and a mark is no "#"
        // either, which `hasPrefix` tells).
        if line.utf8.first == UInt8(ascii: "#"), rest.hasPrefix("#") {
            let hashes = rest.prefix { $0 == "#" }.count
            rest = rest.dropFirst(hashes)
            guard rest.first?.isWhitespace == true else { return .other }
            let content = stripEmphasis(rest.trimmingSpaces())
            // "### Objective: ..." at any level; a bare heading only at levels 1 and 2.
            if let text = afterObjectiveMarker(Substring(content)) { return objective(text, headingLevel: nil) }
            return hashes <= 2 ? objective(content, headingLevel: hashes) : .other
        }
        let content = Substring(stripEmphasis(line))
        if let text = afterObjectiveMarker(content) { return objective(text, headingLevel: nil) }
        if let text = after(word: "cycle", in: content) { return .cycle(text.trimmingSpaces()) }
        if let text = after(word: "team", in: content) { return .team(text.trimmingSpaces()) }
        if let text = afterKeyResultMarker(content) {
            let bare = Substring(stripEmphasis(text.trimmingSpaces()))
            if let inner = afterObjectiveMarker(bare) { return objective(inner, headingLevel: nil) }
            return keyResult(String(afterKeyResultLabel(bare) ?? bare))
        }
        if let text = afterKeyResultLabel(content), !text.isEmpty { return keyResult(String(text)) }
        return .other
    }

    // MARK: Objectives

    private static func objective(_ text: String, headingLevel: Int?) -> Kind {
        // Most objectives are plain ASCII with single spaces: nothing to collapse.
        var previous: UInt8 = 0
        let plain = text.utf8.allSatisfy { byte in
            defer { previous = byte }
            return byte < 0x80 && !(byte >= 9 && byte <= 13) && !(byte == 32 && previous == 32)
        }
        let trimmed = text.utf8.first != 32 && text.utf8.last != 32
        let cleaned = plain && trimmed ? text : text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let (untagged, owner) = OwnerTag.split(cleaned)
        return .objective(
            text: OutlineEscapes.unescape(stripEmphasis(untagged)), kind: .aspirational, headingLevel: headingLevel, owner: owner)
    }

    /// The text after "Objective:", "Objective 1:", "O1:" or "O:".
    private static func afterObjectiveMarker(_ line: Substring) -> String? {
        if let text = after(word: "objective", in: line) { return text.trimmingSpaces() }
        guard let byte = line.utf8.first, byte | 0x20 == UInt8(ascii: "o"), let first = line.first, first == "O" || first == "o"
        else { return nil }
        let afterO = line.dropFirst()
        let digits = afterO.prefix(while: \.isNumber)
        let rest = afterO.dropFirst(digits.count).drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        return rest.dropFirst().trimmingSpaces()
    }

    // MARK: Key results

    private static func keyResult(_ text: String) -> Kind {
        var body = Substring(text.trimmingSpaces())
        if body.utf8.first == UInt8(ascii: "[") {
            for box in ["[ ]", "[x]", "[X]"] where body.hasPrefix(box) { body = body.dropFirst(box.count) }
        }
        let tags = OwnerTag.splitWithConfidence(String(body))
        return .keyResult(text: OutlineEscapes.unescape(stripEmphasis(tags.text)), confidence: tags.confidence, owner: tags.owner)
    }

    /// The text after a list marker: "-", "*", "+", "•", "1.", "1)".
    private static func afterKeyResultMarker(_ line: Substring) -> Substring? {
        // An ASCII first byte that is no marker and no digit starts a character that is neither.
        if let byte = line.utf8.first, byte < 0x80 {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            default: return nil
            }
        }
        if let first = line.first, "-*+•–".contains(first) {
            let rest = line.dropFirst()
            guard rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
            return rest
        }
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let body = rest.dropFirst()
        guard body.isEmpty || body.first?.isWhitespace == true else { return nil }
        return body
    }

    /// The text after "KR:", "KR1:", "KR 1.2:", "Key result:" or "Key result 2:".
    private static func afterKeyResultLabel(_ line: Substring) -> Substring? {
        let label: Int
        if startsWith("key result", line) {
            label = "key result".count + (startsWith("key results", line) ? 1 : 0)
        } else if startsWith("kr", line) {
            label = 2
        } else {
            return nil
        }
        return afterSeparator(line.dropFirst(label))
    }

    // MARK: Helpers

    /// The text after `word` (any case), an optional number ("1", "#2", "1.1") and a colon or a spaced dash.
    private static func after(word: String, in line: Substring) -> Substring? {
        guard startsWith(word, line) else { return nil }
        return afterSeparator(line.dropFirst(word.count))
    }

    /// After a label: skips a number, then takes the text after ":" or " - " / " – " / " — ".
    private static func afterSeparator(_ rest: Substring) -> Substring? {
        let numbered = rest.drop { $0.isNumber || $0 == " " || $0 == "." || $0 == "#" }
        if numbered.first == ":" { return Substring(numbered.dropFirst().trimmingSpaces()) }
        guard numbered.count < rest.count, let dash = numbered.first, "-–—".contains(dash),
            numbered.dropFirst().first?.isWhitespace == true
        else { return nil }
        return Substring(numbered.dropFirst().trimmingSpaces())
    }

    /// Whether the line starts with `word` (lower-case ASCII letters and spaces) in any case.
    private static func startsWith(_ word: String, _ line: Substring) -> Bool {
        var bytes = line.utf8.makeIterator()
        for expected in word.utf8 {
            guard let byte = bytes.next(), byte | 0x20 == expected else { return false }
        }
        return true
    }

    /// Removes Markdown bold or italic markers around a text: "**Grow revenue**".
    private static func stripEmphasis(_ text: String) -> String {
        // Most lines have no markers at all: nothing to strip.
        let marks: [UInt8] = [UInt8(ascii: "*"), UInt8(ascii: "_")]
        guard let first = text.utf8.first, let last = text.utf8.last, marks.contains(first) || marks.contains(last) else {
            return text.trimmingSpaces()
        }
        var result = Substring(text)
        while let first = result.first, first == "*" || first == "_", result.last == first, !result.dropFirst().isEmpty {
            // Slices shrunk in place: each step is constant work, however long a run of markers.
            result.removeFirst()
            result.removeLast()
        }
        if result.hasPrefix("**"), let close = result.dropFirst(2).range(of: "**") {
            // "**Objective 1:** Grow revenue" keeps the words, drops the markers.
            result = result[result.index(result.startIndex, offsetBy: 2)..<close.lowerBound] + result[close.upperBound...]
        }
        return result.trimmingSpaces()
    }
}
