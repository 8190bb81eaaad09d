/// Text from files (sessions, outlines, catalogs) made safe to print: a control character would otherwise reach
/// the terminal and act (an escape sequence can clear the screen, set the title or write the clipboard). Each one
/// is shown as U+FFFD instead; line breaks and tabs stay, as they are layout.
enum TerminalSafeText {
    /// The UTF-8 of U+FFFD REPLACEMENT CHARACTER, shown in place of a control character.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `text` with every control character but `\n` and `\t` replaced; the same string when it has none.
    static func string(_ text: String) -> String {
        var text = text
        guard text.withUTF8(needsCleaning) else { return text }
        return String(decoding: cleaned(Array(text.utf8)), as: UTF8.self)
    }

    /// UTF-8 `bytes` with every control character but `\n` and `\t` replaced. A scan that copies nothing when
    /// there is nothing to replace, so a report of megabytes goes out as it is.
    static func bytes(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer(needsCleaning) ? cleaned(bytes) : bytes
    }

    /// Whether the UTF-8 holds a C0 control (but `\n` and `\t`), DEL, or a C1 control (U+0080–U+009F, encoded
    /// as 0xC2 0x80–0x9F). One pass over the bytes, most of which fail the first test.
    private static func needsCleaning(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 {
                if byte != 0x0A && byte != 0x09 { return true }
            } else if byte == 0x7F {
                return true
            } else if byte == 0xC2, index + 1 < utf8.count, utf8[index + 1] & 0xE0 == 0x80 {
                return true
            }
            index += 1
        }
        return false
    }

    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F
    }

    private static func cleaned(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isControl(byte) {
                output.append(contentsOf: replacement)
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                output.append(contentsOf: replacement)
                index += 1
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }
}
