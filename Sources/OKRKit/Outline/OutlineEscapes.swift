/// Markdown backslash escapes in outline text: the writer escapes what the parser would otherwise take as a marker
/// or a tag, and the parser removes the escapes once it has read the markers and tags.
///
/// A backslash before an ASCII punctuation character stands for that character ("\*" is "*", "\\" is "\"); any
/// other backslash is text ("C:\temp").
public enum OutlineEscapes {
    /// The text with each escape replaced by the character it stands for; one pass, linear.
    public static func unescape(_ text: String) -> String {
        guard text.containsUTF8(UInt8(ascii: "\\")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var escaping = false
        for character in text {
            if escaping {
                if !isPunctuation(character) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// The text of an objective (`objective`) or key result written so that the parser reads it back as it is: a
    /// leading punctuation mark (a list marker, emphasis, a check box, a heading mark), a final ")" (a confidence or
    /// owner group), a final "@Name", and on an objective line each kind tag ("[committed]") are escaped, and so is
    /// each backslash an escape would swallow. Line breaks become spaces (an outline line holds no line break).
    public static func escape(_ text: String, objective: Bool) -> String {
        let flat = text.contains(where: \.isNewline)
            ? String(text.map { $0.isNewline ? " " : $0 }) : text
        let characters = Array(flat)
        let handle = OwnerTag.handleStart(flat).map { flat.distance(from: flat.startIndex, to: $0) }
        var result = ""
        result.reserveCapacity(flat.utf8.count + 4)
        for (index, character) in characters.enumerated() {
            let isLast = index == characters.count - 1
            let escaped =
                (index == 0 && isPunctuation(character))
                || (character == "\\" && (isLast || isPunctuation(characters[index + 1])))
                || (isLast && character == ")")
                || index == handle
                || (objective && closesKindTag(characters, at: index))
            if escaped { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Whether the character at `index` is the "]" or ")" that closes "[committed]", "(aspirational)" and so on,
    /// in any case: a constant look back, so escaping stays linear.
    private static func closesKindTag(_ characters: [Character], at index: Int) -> Bool {
        let close = characters[index]
        guard close == "]" || close == ")" else { return false }
        let open: Character = close == "]" ? "[" : "("
        return ObjectiveKind.allCases.contains { kind in
            let word = Array(kind.rawValue)
            let start = index - word.count - 1
            guard start >= 0, characters[start] == open else { return false }
            return zip(characters[(start + 1)..<index], word).allSatisfy { $0.lowercased() == String($1) }
        }
    }

    /// ASCII punctuation: what a Markdown backslash can escape.
    private static func isPunctuation(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (33...47).contains(ascii) || (58...64).contains(ascii) || (91...96).contains(ascii) || (123...126).contains(ascii)
    }
}
