import CEditLine

/// Standard output, for pushing buffered text out at the end of each reply.
public enum StandardOutput {
    /// Writes what `print` has buffered. On a pipe, output is otherwise held until the buffer fills, and a
    /// program driving okr-coach line by line would wait forever for an answer.
    public static func flush() {
        fflush(okr_stdout())
    }
}
