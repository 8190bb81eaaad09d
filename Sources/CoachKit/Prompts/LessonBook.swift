import Foundation
import Yams

/// The `/learn` topics from `prompts/lessons.yaml`: short lessons with a weak and a strong example.
public struct LessonBook: Sendable {
    /// One topic.
    public struct Lesson: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var aliases: [String]
        public var summary: String
        public var body: String
        public var weak: String
        public var strong: String
        public var why: String
    }

    private struct File: Codable {
        var topics: [Lesson]
    }

    public let lessons: [Lesson]

    /// The built-in lessons, or those in `directory/lessons.yaml` when it exists.
    public static func load(overrides directory: URL?) throws -> LessonBook {
        let (text, file) = try PromptDataFile.read("lessons.yaml", overrides: directory)
        return try decode(text, file: file)
    }

    static func decode(_ yaml: String, file: String) throws -> LessonBook {
        do {
            return LessonBook(lessons: try YAMLDecoder().decode(File.self, from: yaml).topics)
        } catch let error as DecodingError {
            throw PromptError(file: file, problem: "is not a valid lessons file: \(error.briefDescription)")
        } catch {
            throw PromptError(file: file, problem: "is not valid YAML: \(error)")
        }
    }

    /// The lesson a person means by `word`: its id, an alias, or a unique start of either.
    public func lesson(for word: String) -> Lesson? {
        let key = word.lowercased().trimmingCharacters(in: .whitespaces)
        let longest = lessons.flatMap { [$0.id] + $0.aliases }.map(\.utf8.count).max() ?? 0
        // Comparing a huge word to every spelling normalizes it each time; one far longer than all matches none.
        guard EditDistance.mayBeNear(key, longest: longest, limit: 0) else { return nil }
        if let exact = lessons.first(where: { $0.id == key || $0.aliases.map { $0.lowercased() }.contains(key) }) {
            return exact
        }
        let starts = lessons.filter { ([$0.id] + $0.aliases).contains { $0.lowercased().hasPrefix(key) } }
        return key.isEmpty || starts.count != 1 ? nil : starts[0]
    }
}

extension DecodingError {
    /// "topics[2].title: missing" and the like.
    var briefDescription: String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
        }
        switch self {
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(self)"
        }
    }
}
