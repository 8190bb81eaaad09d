#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads lines from standard input when it is not a terminal: no prompt, no editing, no colour. A line longer than
/// `lineLimit` bytes is skipped up to its newline without being held, so endless input without a line break
/// (`okr-coach < /dev/zero`) costs no memory.
public final class PlainLineReader: LineReader {
    /// The longest line read, in bytes: far beyond any answer or paste, far below what would exhaust memory.
    public static let lineLimit = 4 * 1024 * 1024

    private let fileDescriptor: Int32
    private let lineLimit: Int
    /// Bytes read from the descriptor and not yet handed out as a line.
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Reads `fileDescriptor` (standard input unless a test gives a pipe).
    public init(fileDescriptor: Int32 = STDIN_FILENO, lineLimit: Int = PlainLineReader.lineLimit) {
        self.fileDescriptor = fileDescriptor
        self.lineLimit = lineLimit
    }

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineEvent {
        var line: [UInt8] = []
        var tooLong = false
        while true {
            if start == buffer.count {
                guard !atEnd, fill() else {
                    if tooLong { return .tooLong(limit: lineLimit) }
                    return line.isEmpty ? .end : .line(text(line))
                }
            }
            let newline = buffer[start...].firstIndex(of: 0x0A)
            let end = newline ?? buffer.count
            if !tooLong {
                if line.count + (end - start) > lineLimit {
                    tooLong = true
                    line = []
                } else {
                    line.append(contentsOf: buffer[start..<end])
                }
            }
            start = newline.map { $0 + 1 } ?? buffer.count
            if newline != nil { return tooLong ? .tooLong(limit: lineLimit) : .line(text(line)) }
        }
    }

    public func remember(_ line: String) {}

    public func complete(with provider: @escaping @Sendable (String) -> [String]) {}

    /// Reads the next chunk into the buffer; `false` at the end of input or on an error.
    private func fill() -> Bool {
        buffer = [UInt8](repeating: 0, count: 64 * 1024)
        start = 0
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        buffer.removeSubrange(max(count, 0)...)
        atEnd = count <= 0
        return !atEnd
    }

    /// A line as text, without a Windows line ending's `\r`; bytes that are not UTF-8 become U+FFFD.
    private func text(_ line: [UInt8]) -> String {
        String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
    }
}
