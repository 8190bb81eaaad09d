import Foundation

/// A validated session name: letters, digits, space, `-`, `_` and `.`, at most 64 characters.
///
/// Names become file names, so anything that could escape the sessions directory or confuse a shell
/// (slashes, `..`, control characters, leading dots or spaces) is refused.
public struct SessionName: Hashable, Sendable, CustomStringConvertible {
    public static let maximumLength = 64
    public let value: String

    /// Why a name was refused.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case tooLong(Int)
        case forbiddenCharacter(Character)
        case leadingOrTrailing(Character)
        case dotsOnly
    }

    /// Validates `raw` after trimming surrounding white space.
    public init(_ raw: String) throws(Problem) {
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .empty }
        guard name.count <= SessionName.maximumLength else { throw .tooLong(name.count) }
        for character in name where !SessionName.isAllowed(character) { throw .forbiddenCharacter(character) }
        if let first = name.first, first == "." || first == "-" { throw .leadingOrTrailing(first) }
        if let last = name.last, last == "." { throw .leadingOrTrailing(last) }
        guard name.contains(where: { $0 != "." }) else { throw .dotsOnly }
        value = name
    }

    public var description: String { value }

    /// The file name under `sessions/`.
    public var fileName: String { "\(value).json" }

    private static func isAllowed(_ character: Character) -> Bool {
        if character == " " || character == "-" || character == "_" || character == "." { return true }
        return character.isLetter || character.isNumber
    }
}
