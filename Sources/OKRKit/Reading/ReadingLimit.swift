/// How much of one text the reader and the rules read: its first `characters` Unicode scalars, cut back to the
/// last space before them so that no word or number is read in part.
///
/// A key result or an objective is one sentence. A longer text (a pasted document, a runaway script) is read in its
/// opening only, so reading it takes the same small time and memory whatever its length; `KeyResultTooLongRule`
/// tells the person that the rest was not read.
public enum ReadingLimit {
    /// The most Unicode scalars of one text that are read: about ten times the longest key result people write.
    public static let characters = 1_000

    /// Whether a text is longer than what is read of it.
    public static func isExceeded(by text: String) -> Bool {
        // A scalar takes at least one byte: a text of few bytes is within the limit, without counting.
        guard text.utf8.count > characters else { return false }
        let scalars = text.unicodeScalars
        return scalars.index(scalars.startIndex, offsetBy: characters, limitedBy: scalars.endIndex).map { $0 != scalars.endIndex }
            ?? false
    }

    /// The part of a text that is read: all of a text within the limit; else its first `characters` scalars, ending
    /// at the last space among them when the limit falls inside a word (a text with no space is cut at the limit).
    public static func readable(_ text: String) -> Substring {
        guard text.utf8.count > characters else { return text[...] }
        let scalars = text.unicodeScalars
        guard let limit = scalars.index(scalars.startIndex, offsetBy: characters, limitedBy: scalars.endIndex),
            limit != scalars.endIndex
        else { return text[...] }
        guard !Lexer.isSpace(scalars[limit]), let space = scalars[..<limit].lastIndex(where: Lexer.isSpace) else {
            return Substring(scalars[..<limit])
        }
        return Substring(scalars[..<space])
    }
}
