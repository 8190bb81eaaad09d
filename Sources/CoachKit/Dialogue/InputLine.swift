import Foundation

/// Cleans what people type or paste before the coach reads it.
enum InputLine {
    /// Drops control characters (a pasted tab becomes a space) and trims the ends.
    static func clean(_ raw: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else if scalar.properties.generalCategory != .control {
                result.append(scalar)
            }
        }
        return String(result).trimmingCharacters(in: .whitespaces)
    }
}
