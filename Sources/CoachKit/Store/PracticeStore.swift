import Foundation
import OKRKit

/// The practice course's progress: `DATA_DIR/practice.json`, written atomically (0600) like a session.
///
/// A file that cannot be read (not JSON, not progress, written by a newer okr-coach) is never written over: the
/// coach says why once, and practice goes on without saving.
public struct PracticeStore: Sendable {
    /// The format version written; a file with a higher one is left alone.
    public static let schemaVersion = 1

    /// Why the progress file cannot be used.
    public struct Unreadable: Error, Equatable {
        /// What is wrong with it.
        public enum Problem: Equatable, Sendable {
            /// Not JSON, or not progress.
            case notProgress
            /// Written by a newer okr-coach, in this format version.
            case newer(Int)
            /// The system refused to read it (its words).
            case system(String)
        }

        /// The file's path.
        public let path: String
        public let problem: Problem
    }

    /// `practice.json`.
    public let url: URL
    private let writer: AtomicFile

    /// The store of `directory`.
    public init(directory: DataDirectory, writer: AtomicFile = AtomicFile()) {
        url = directory.url.appendingPathComponent("practice.json")
        self.writer = writer
    }

    /// What the file holds on disk.
    private struct File: Codable {
        var schemaVersion: Int
        var progress: PracticeProgress
    }

    /// The progress recorded; none when there is no file yet.
    public func load() throws(Unreadable) -> PracticeProgress {
        let read: (data: Data, version: FileVersion)?
        do { read = try PlainFile.read(url.path) } catch {
            switch error {
            case .readFailed(_, let reason): throw Unreadable(path: url.path, problem: .system(reason))
            default: throw Unreadable(path: url.path, problem: .notProgress)  // a link, a directory
            }
        }
        guard let data = read?.data else { return PracticeProgress() }
        struct Version: Decodable { var schemaVersion: Int }
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            throw Unreadable(path: url.path, problem: .notProgress)
        }
        guard version.schemaVersion <= Self.schemaVersion else {
            throw Unreadable(path: url.path, problem: .newer(version.schemaVersion))
        }
        do { return try JSONDecoder().decode(File.self, from: data).progress } catch {
            throw Unreadable(path: url.path, problem: .notProgress)
        }
    }

    /// Writes `progress` over the file, atomically.
    public func save(_ progress: PracticeProgress) throws {
        try AtomicFile.makeDirectory(url.deletingLastPathComponent())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try writer.write(encoder.encode(File(schemaVersion: Self.schemaVersion, progress: progress)), to: url)
    }
}
