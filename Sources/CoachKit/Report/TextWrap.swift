/// Wraps text to a terminal's width at word boundaries, measuring in display columns (`DisplayWidth`), so CJK and
/// emoji lines wrap where they reach the edge. A word wider than the line (a run of CJK, a long link) is broken
/// between characters, so no line runs past the edge.
public enum TextWrap {
    /// Each line of `text` wrapped to `width` columns; continuation lines are indented by `hanging` columns plus the
    /// line's own leading spaces, and `first` columns are already used on the first line.
    public static func wrap(_ text: String, width: Int, hanging: Int = 0, first: Int = 0) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = []
            var current = ""
            var used = first
            let indent = String(line.prefix { $0 == " " })
            let continuation = String(repeating: " ", count: hanging) + indent
            for word in line.split(separator: " ").flatMap({ pieces(of: $0, fitting: width - continuation.count) }) {
                let size = DisplayWidth.of(word)
                if current.isEmpty {
                    current = indent + word
                    used = first + indent.count + size
                } else if used + 1 + size > width {
                    lines.append(current)
                    current = continuation + word
                    used = continuation.count + size
                } else {
                    current += " " + word
                    used += 1 + size
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A word as pieces no wider than `room` columns (the word itself when it fits).
    private static func pieces(of word: Substring, fitting room: Int) -> [Substring] {
        guard room > 1, DisplayWidth.of(word) > room else { return [word] }
        var pieces: [Substring] = []
        var start = word.startIndex
        var used = 0
        for index in word.indices {
            let size = DisplayWidth.of(word[index])
            if used + size > room {
                pieces.append(word[start..<index])
                start = index
                used = 0
            }
            used += size
        }
        pieces.append(word[start...])
        return pieces
    }
}
