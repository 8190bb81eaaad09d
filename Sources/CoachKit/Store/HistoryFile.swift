import Foundation

/// The persistent line history: de-duplicated (a repeated line moves to the end), bounded, one line per entry.
public struct HistoryFile: Sendable {
    /// Entries kept; older ones are dropped.
    public static let capacity = 1000
    /// Longer lines (big pastes) are not remembered.
    public static let longestEntry = 4096

    public let url: URL
    private let writer: AtomicFile
    public private(set) var entries: [String] = []

    /// Reads the file if it exists; a missing or unreadable file gives an empty history.
    public init(url: URL, writer: AtomicFile = AtomicFile()) {
        self.url = url
        self.writer = writer
        if let data = try? Data(contentsOf: url) {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") { add(String(line)) }
        }
    }

    /// Whether a line is worth remembering.
    public static func keeps(_ line: String) -> Bool {
        !line.trimmingCharacters(in: .whitespaces).isEmpty && line.utf8.count <= longestEntry
            && !line.contains(where: \.isNewline)
    }

    /// Adds a line (moving an earlier copy to the end) and saves the file.
    public mutating func append(_ line: String) throws {
        guard HistoryFile.keeps(line) else { return }
        add(line)
        try AtomicFile.makeDirectory(url.deletingLastPathComponent())
        try writer.write(Data((entries.joined(separator: "\n") + "\n").utf8), to: url)
    }

    private mutating func add(_ line: String) {
        guard HistoryFile.keeps(line) else { return }
        entries.removeAll { $0 == line }
        entries.append(line)
        if entries.count > HistoryFile.capacity { entries.removeFirst(entries.count - HistoryFile.capacity) }
    }
}
