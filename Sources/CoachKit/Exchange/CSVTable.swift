/// Rows read from CSV text as RFC 4180 writes it: fields split by commas, quoted fields with doubled quotes, commas
/// and line breaks inside; rows end at CRLF or LF. One pass over the bytes.
public enum CSVTable {
    /// One row and the 1-based line it starts on.
    public struct Row: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// A quote where RFC 4180 allows none: a quoted field never closed, or text after a closing quote.
    public struct Problem: Error, Equatable, Sendable {
        /// The 1-based line where the field starts (never closed) or where the stray text is.
        public var line: Int
    }

    /// The rows of `text`; a last empty line is no row.
    public static func rows(_ text: String) throws(Problem) -> [Row] {
        let bytes = Array(text.utf8)
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, rowLine = 1, index = 0
        var quoted = false, closed = false, quoteLine = 1
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            closed = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                        closed = true
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                endField()
                rows.append(Row(line: rowLine, fields: fields))
                fields.removeAll()
                line += 1
                rowLine = line
            case UInt8(ascii: "\""):
                guard field.isEmpty, !closed else { throw Problem(line: line) }
                quoted = true
                quoteLine = line
            default:
                guard !closed else { throw Problem(line: line) }
                field.append(byte)
            }
        }
        if quoted { throw Problem(line: quoteLine) }
        if !fields.isEmpty || !field.isEmpty || closed {
            endField()
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }
}
