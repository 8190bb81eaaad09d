import Foundation

/// A file (or standard input) read whole as UTF-8 text, for `okr-coach check`, `okr-coach import` and `/import`,
/// with what is wrong said in the coach's words.
public enum TextInput {
    /// The largest input read, in bytes: far beyond any set of OKRs (a session holds at most 16 MB), and a bound
    /// on memory when the input never ends (`okr-coach check - < /dev/zero`).
    public static let sizeLimit = 64 * 1024 * 1024

    /// Why an input cannot be used, in the coach's words.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The name an input goes by in messages: the path, or "<stdin>" for "-".
    public static func name(of path: String) -> String { path == "-" ? "<stdin>" : path }

    /// The bytes of `path` ("-" for standard input), at most `sizeLimit`.
    public static func data(path: String, book: PromptBook) -> Result<Data, Failure> {
        let name = name(of: path)
        let data: Data
        do {
            data = try readAtMostLimit(path == "-" ? FileHandle.standardInput : FileHandle(forReadingFrom: URL(fileURLWithPath: path)))
        } catch {
            return .failure(Failure(message: book.text(CheckReportPrompt.unreadable, ["file": name, "problem": reason(error, path: path)])))
        }
        guard data.count <= sizeLimit else {
            return .failure(Failure(message: book.text(CheckReportPrompt.tooLarge, ["file": name, "limit": String(sizeLimit / (1024 * 1024))])))
        }
        return .success(data)
    }

    /// `data` as text, or the line of the first bytes that are not UTF-8.
    public static func text(_ data: Data, file: String, book: PromptBook) -> Result<String, Failure> {
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Failure(message: book.text(CheckReportPrompt.notText, ["file": file, "line": String(firstLineThatIsNotText(data))])))
        }
        return .success(text)
    }

    /// The text of `path` ("-" for standard input).
    public static func read(path: String, book: PromptBook) -> Result<String, Failure> {
        data(path: path, book: book).flatMap { text($0, file: name(of: path), book: book) }
    }

    /// Reads `handle` to its end or to one byte past `sizeLimit`, whichever comes first.
    private static func readAtMostLimit(_ handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count <= sizeLimit, let chunk = try handle.read(upToCount: min(1024 * 1024, sizeLimit + 1 - data.count)),
            !chunk.isEmpty
        {
            data.append(chunk)
        }
        return data
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8 (the file is known to hold one).
    private static func firstLineThatIsNotText(_ data: Data) -> Int {
        var line = 1
        for chunk in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }

    /// Why a file could not be read, in plain words.
    private static func reason(_ error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return FileErrorReason.of(error)
    }
}
