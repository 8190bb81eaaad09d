import CEditLine

/// Standard output, for pushing buffered text out at the end of each reply and for writing big reports.
public enum StandardOutput {
    /// Writes what `print` has buffered. On a pipe, output is otherwise held until the buffer fills, and a
    /// program driving okr-coach line by line would wait forever for an answer.
    public static func flush() {
        fflush(okr_stdout())
    }

    /// Writes bytes as they are, after anything `print` has buffered: a report of megabytes goes out without
    /// another copy.
    public static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// Writes text as UTF-8, after anything `print` has buffered.
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    private static func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        _ = fwrite(buffer.baseAddress, 1, buffer.count, okr_stdout())
    }
}
