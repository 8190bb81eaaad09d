import Foundation

/// A validated session name: letters, digits, space, `-`, `_` and `.`, at most 64 characters and 200 bytes,
/// in Unicode's composed form (NFC).
///
/// Names become file names, so anything that could escape the sessions directory or confuse a shell
/// (slashes, `..`, control characters, leading dots or spaces) is refused, and so is anything that would make two
/// names look alike (invisible characters, a combining mark with no letter before it). A name typed in decomposed
/// form ("cafe" + U+0301) is the same name as its composed form ("café"): one file, one lock.
public struct SessionName: Hashable, Sendable, CustomStringConvertible {
    public static let maximumLength = 64
    /// The most UTF-8 bytes: the longest file made from a name, `.NAME.json.PID.RANDOM.tmp`, then stays under the
    /// 255 bytes a file name may have.
    public static let maximumBytes = 200
    /// The name, composed (NFC); compare names with `==` on `SessionName`, or with `spells(_:)`.
    public let value: String

    /// Why a name was refused.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case tooLong(Int)
        case tooManyBytes(Int)
        case forbiddenCharacter(Character)
        case invisibleCharacter(Unicode.Scalar)
        case leadingMark(Unicode.Scalar)
        case leadingOrTrailing(Character)
        case dotsOnly
    }

    /// Validates `raw` after trimming surrounding white space and composing it (NFC).
    public init(_ raw: String) throws(Problem) {
        let name = raw.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        guard !name.isEmpty else { throw .empty }
        guard name.count <= SessionName.maximumLength else { throw .tooLong(name.count) }
        guard name.utf8.count <= SessionName.maximumBytes else { throw .tooManyBytes(name.utf8.count) }
        if let first = name.unicodeScalars.first, SessionName.isMark(first) { throw .leadingMark(first) }
        for scalar in name.unicodeScalars where SessionName.isInvisible(scalar) { throw .invisibleCharacter(scalar) }
        for character in name where !SessionName.isAllowed(character) { throw .forbiddenCharacter(character) }
        if let first = name.first, first == "." || first == "-" { throw .leadingOrTrailing(first) }
        if let last = name.last, last == "." { throw .leadingOrTrailing(last) }
        guard name.contains(where: { $0 != "." }) else { throw .dotsOnly }
        value = name
    }

    public var description: String { value }

    /// The file name under `sessions/`.
    public var fileName: String { "\(value).json" }

    /// Whether `text` is this name byte for byte: a file called "café" in decomposed form is not, though Swift's
    /// `==` on strings calls them equal.
    public func spells(_ text: String) -> Bool { value.utf8.elementsEqual(text.utf8) }

    private static func isAllowed(_ character: Character) -> Bool {
        if character == " " || character == "-" || character == "_" || character == "." { return true }
        return character.isLetter || character.isNumber
    }

    /// Characters that show nothing: joiners, direction marks, variation selectors and the other format characters.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.generalCategory == .format || properties.isVariationSelector
            || properties.isDefaultIgnorableCodePoint
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
