/// Reads lines from standard input when it is not a terminal: no prompt, no editing, no colour.
public final class PlainLineReader: LineReader {
    public init() {}

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineEvent {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func remember(_ line: String) {}

    public func complete(with provider: @escaping @Sendable (String) -> [String]) {}
}
