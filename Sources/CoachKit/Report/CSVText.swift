import Foundation

/// Fields of a CSV file as RFC 4180 writes them, for a spreadsheet.
enum CSVText {
    /// A number in full as JSON writes it ("250000", "0.5"); empty when absent.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A field quoted when it holds a comma, a quote or a line break, its quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A field of text a person wrote, which a spreadsheet must not run: one that starts as a formula does (`=`,
    /// `+`, `-`, `@`, a tab or a carriage return) and is not a plain number gets a leading `'`, then it is quoted
    /// as `field` quotes.
    static func text(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil else {
            return field(text)
        }
        return field("'" + text)
    }

    /// The rows, each ended by CRLF.
    static func document(_ rows: [[String]]) -> String {
        rows.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }
}
