import OKRKit

/// Where the checked objectives and key results were written, so reports can point at "okrs.md:12".
public struct CheckSource: Equatable, Sendable {
    /// The file as the person named it ("<stdin>" for standard input).
    public var file: String
    /// The 1-based line of each objective.
    public var objectiveLines: [Int]
    /// The 1-based lines of each objective's key results.
    public var keyResultLines: [[Int]]

    /// The lines of an outline read from `file`.
    public init(file: String, outline: Outline) {
        self.file = file
        objectiveLines = outline.objectiveLines
        keyResultLines = outline.keyResultLines
    }

    /// The line of an objective, if known.
    func line(objective: Int) -> Int? {
        objectiveLines.indices.contains(objective) ? objectiveLines[objective] : nil
    }

    /// The line of a key result, if known.
    func line(objective: Int, keyResult: Int) -> Int? {
        guard keyResultLines.indices.contains(objective), keyResultLines[objective].indices.contains(keyResult) else {
            return nil
        }
        return keyResultLines[objective][keyResult]
    }
}
