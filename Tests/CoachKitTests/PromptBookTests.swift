import CoachKit
import Foundation
import Testing

@Suite struct PromptBookTests {
    @Test func theFilesAndTheCodeAgreeOnEveryKeyAndValue() throws {
        let problems = try PromptBook.defaults().problems()
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func aMissingKeyAnUnusedKeyAndAnUnknownValueAreEachReported() throws {
        let directory = try temporaryDirectory()
        try """
        banner: "Hello {{visitor}}"
        bannr: "typo"
        """.write(to: directory.appendingPathComponent("shell.yaml"), atomically: true, encoding: .utf8)
        let book = try PromptBook.load(overrides: directory)
        let problems = book.problems().map(\.description)
        #expect(problems.contains { $0.contains("(shell.bannr): not used by the code") })
        #expect(problems.contains { $0.contains("(shell.banner): names {{visitor}}, which the code does not pass; it can use: version") })
        struct Extra: PromptKey { var path = "shell.fromTheFuture"; var values: [String] = [] }
        let missing = book.problems(against: PromptKeys.all + [Extra()]).map(\.description)
        #expect(missing.contains("shell.yaml (shell.fromTheFuture): missing: the code uses this key"))
    }

    @Test func overridesReplaceOnlyTheKeysTheyHold() throws {
        let directory = try temporaryDirectory()
        try "prompt: \"coach> \"\n".write(to: directory.appendingPathComponent("shell.yaml"), atomically: true, encoding: .utf8)
        let book = try PromptBook.load(overrides: directory)
        #expect(book.text(ShellPrompt.prompt) == "coach> ")
        #expect(book.text(ShellPrompt.banner, ["version": "9"]).hasPrefix("okr-coach 9"))
    }

    @Test func valuesArePrintedAsTypedWithoutHTMLEscaping() throws {
        let book = try PromptBook.defaults()
        let text = book.text(ShellPrompt.sessionCreated, ["session": "R&D <core> \"q1\" 'x'", "path": "/tmp/a&b"])
        #expect(text == "Created session 'R&D <core> \"q1\" 'x'', saved at /tmp/a&b.")
    }

    @Test func anEmptyValueCountsAsAbsent() throws {
        let book = try PromptBook.defaults()
        #expect(book.text(ShellPrompt.unknownCommand, ["command": "/zzz", "suggestion": ""])
            == "Unknown command /zzz. Type /help for the list.")
    }

    @Test func brokenFilesNameTheFileAndTheLine() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("shell.yaml")
        try "banner: \"ok\"\nprompt: [unclosed\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try PromptBook.load(overrides: directory)
        } throws: { error in
            let error = error as? PromptError
            return error?.file == file.path && error?.line != nil && error?.problem.contains("not valid YAML") == true
        }
        try "banner:\n  - a list\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: PromptError(file: file.path, key: "shell.banner", line: 2, problem: "must be text or a map of texts")) {
            try PromptBook.load(overrides: directory)
        }
        try "banner: \"{{#open}} never closed\"\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try PromptBook.load(overrides: directory)
        } throws: { error in
            (error as? PromptError)?.key == "shell.banner" && (error as? PromptError)?.problem.contains("template") == true
        }
    }

    @Test func aMissingDirectoryIsAClearError() {
        #expect(throws: PromptError(file: "/nonexistent/prompts", problem: "no such prompts directory")) {
            try PromptBook.load(overrides: URL(fileURLWithPath: "/nonexistent/prompts"))
        }
    }
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("okr-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
