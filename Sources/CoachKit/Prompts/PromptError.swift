/// A prompt file that cannot be used, with where and what to do.
public struct PromptError: Error, Equatable, CustomStringConvertible {
    /// The file, as the person named it or as embedded ("shell.yaml").
    public var file: String
    /// The dotted key, when the problem is one entry.
    public var key: String?
    /// The line in the file, when known.
    public var line: Int?
    public var problem: String

    public init(file: String, key: String? = nil, line: Int? = nil, problem: String) {
        self.file = file
        self.key = key
        self.line = line
        self.problem = problem
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let key { location += " (\(key))" }
        return "\(location): \(problem)"
    }
}
