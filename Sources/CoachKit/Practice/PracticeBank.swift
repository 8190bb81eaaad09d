import Foundation
import OKRKit
import Yams

/// The practice course's exercises, from `prompts/practice.yaml` (or a prompts directory's), checked as they load:
/// a problem names the file, the exercise and the field.
public struct PracticeBank: Sendable {
    /// The topics, in the order the course takes them.
    public let topics: [PracticeTopic]
    /// Every exercise, in the file's order (easy to hard within a topic).
    public let exercises: [Exercise]

    /// A bank of topics and exercises already checked.
    public init(topics: [PracticeTopic], exercises: [Exercise]) {
        self.topics = topics
        self.exercises = exercises
    }

    /// The built-in bank, or `directory/practice.yaml` when it exists.
    public static func load(overrides directory: URL?) throws -> PracticeBank {
        let (text, file) = try PromptDataFile.read("practice.yaml", overrides: directory)
        return try decode(text, file: file)
    }

    /// The exercises of one topic, in order.
    public func exercises(topic: String) -> [Exercise] { exercises.filter { $0.topic == topic } }

    /// The topic a person means by `word`: its id, its lesson's id, or a unique start of either.
    public func topic(for word: String) -> PracticeTopic? {
        let key = word.lowercased().trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.utf8.count <= 64 else { return nil }
        if let exact = topics.first(where: { $0.id == key || $0.lesson == key }) { return exact }
        let starts = topics.filter { $0.id.hasPrefix(key) || $0.lesson.hasPrefix(key) }
        return starts.count == 1 ? starts[0] : nil
    }

    // MARK: Reading the file

    private struct File: Decodable {
        var topics: [Topic]
        var exercises: [Entry]
    }

    private struct Topic: Decodable {
        var id: String
        var title: String
        var lesson: String
    }

    private struct Entry: Decodable {
        var id: String
        var topic: String
        var level: Int
        var team: String
        var part: String
        var objective: String?
        var kind: String?
        var keyResults: [String]?
        var flawed: String
        var rules: [String]
        var requires: [String]?
        var model: String
        var why: String
    }

    static func decode(_ yaml: String, file: String, rules: [String] = RuleCatalog.standard.descriptions.map(\.id))
        throws -> PracticeBank
    {
        let parsed: File
        do { parsed = try YAMLDecoder().decode(File.self, from: yaml) } catch let error as DecodingError {
            throw PromptError(file: file, problem: "is not a valid practice file: \(error.briefDescription)")
        } catch {
            throw PromptError(file: file, problem: "is not valid YAML: \(error)")
        }
        let topics = parsed.topics.map { PracticeTopic(id: $0.id, title: $0.title, lesson: $0.lesson) }
        let topicIDs = Set(topics.map(\.id))
        var seen: Set<String> = []
        let exercises = try parsed.exercises.enumerated().map { index, entry -> Exercise in
            /// A problem with one field of this exercise.
            func problem(_ field: String, _ what: String) -> PromptError {
                PromptError(file: file, key: "exercises[\(index)] (\(entry.id)).\(field)", problem: what)
            }
            guard !entry.id.isEmpty, seen.insert(entry.id).inserted else { throw problem("id", "is empty or used twice") }
            guard topicIDs.contains(entry.topic) else { throw problem("topic", "names no topic of the file") }
            guard (1...3).contains(entry.level) else { throw problem("level", "must be 1, 2 or 3") }
            guard let part = Exercise.Part(rawValue: entry.part) else {
                throw problem("part", "must be objective or key-result")
            }
            let kind = try entry.kind.map { word in
                guard let kind = ObjectiveKind(rawValue: word) else { throw problem("kind", "must be committed or aspirational") }
                return kind
            } ?? .aspirational
            let requires = try (entry.requires ?? []).map { word in
                guard let requirement = Exercise.Requirement(rawValue: word) else {
                    throw problem("requires", "\(word) is not baseline, target or deadline")
                }
                return requirement
            }
            for (field, text) in [("team", entry.team), ("flawed", entry.flawed), ("model", entry.model), ("why", entry.why)]
            where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw problem(field, "is empty")
            }
            guard !entry.rules.isEmpty else { throw problem("rules", "names no rule") }
            if let unknown = entry.rules.first(where: { !rules.contains($0) }) { throw problem("rules", "\(unknown) is no rule") }
            switch part {
            case .objective:
                guard (entry.keyResults ?? []).count >= 2 else { throw problem("keyResults", "an objective needs 2 or more") }
                guard requires.isEmpty else { throw problem("requires", "only a key result can require more") }
            case .keyResult:
                guard let objective = entry.objective, !objective.isEmpty else {
                    throw problem("objective", "a key result needs its objective")
                }
            }
            return Exercise(
                id: entry.id, topic: entry.topic, level: entry.level, team: entry.team, part: part,
                objective: part == .keyResult ? entry.objective : nil, kind: kind, keyResults: entry.keyResults ?? [],
                flawed: entry.flawed, rules: entry.rules, requires: requires, model: entry.model, why: entry.why)
        }
        return PracticeBank(topics: topics, exercises: exercises)
    }
}
