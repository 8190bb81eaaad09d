import OKRKit

/// Cleans what people type or paste before the coach reads it.
enum InputLine {
    /// A line with only this starts and ends a multi-line answer.
    static let multiLineFence = "\"\"\""

    /// Drops terminal escape sequences (such as bracketed-paste markers) and other control characters,
    /// turns tabs into spaces, drops a byte-order mark at the start (a script saved by Windows Notepad begins with
    /// one), and trims the ends; `control` is the first control character dropped outside an escape sequence, which
    /// a session name refuses rather than loses.
    static func clean(_ raw: String) -> (text: String, control: Unicode.Scalar?) {
        // Printable ASCII (most lines, and most pastes) has nothing to drop.
        if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return (raw.trimmingSpaces(), nil) }
        var result = String.UnicodeScalarView()
        var control: Unicode.Scalar?
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                skipEscapeSequence(&scalars)
            case "\t":
                result.append(" ")
            case "\u{FEFF}" where result.isEmpty:
                continue
            default:
                if scalar.properties.generalCategory != .control {
                    result.append(scalar)
                } else if control == nil, !["\n", "\r"].contains(scalar) {
                    control = scalar
                }
            }
        }
        return (String(result).trimmingSpaces(), control)
    }

    /// Skips the rest of an escape sequence: `ESC [ parameters final` (CSI) or `ESC X`.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next(), next == "[" else { return }
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
        }
    }
}
