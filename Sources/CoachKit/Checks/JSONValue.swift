/// A JSON value written by hand: several times faster than `JSONEncoder` for large reports, with keys in the order
/// given and absent values written as `null`.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A number, or `null` when absent.
    public static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// A string, or `null` when absent.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Equal values; object members compare in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    /// The value as pretty-printed JSON text, indented by two spaces.
    public var text: String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], depth: Int) {
        switch self {
        case .null: output += Array("null".utf8)
        case .bool(let value): output += Array((value ? "true" : "false").utf8)
        case .number(let value): output += Array(JSONValue.numberText(value).utf8)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output += [0x5B, 0x5D]; return }
            output += [0x5B, 0x0A]
            for (index, item) in items.enumerated() {
                JSONValue.indent(depth + 1, &output)
                item.write(to: &output, depth: depth + 1)
                if index < items.count - 1 { output.append(0x2C) }
                output.append(0x0A)
            }
            JSONValue.indent(depth, &output)
            output.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { output += [0x7B, 0x7D]; return }
            output += [0x7B, 0x0A]
            for (index, (key, value)) in members.enumerated() {
                JSONValue.indent(depth + 1, &output)
                JSONValue.writeString(key, to: &output)
                output += [0x3A, 0x20]
                value.write(to: &output, depth: depth + 1)
                if index < members.count - 1 { output.append(0x2C) }
                output.append(0x0A)
            }
            JSONValue.indent(depth, &output)
            output.append(0x7D)
        }
    }

    private static func indent(_ depth: Int, _ output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    /// Whole numbers without a decimal point ("250000"), others in Swift's shortest exact form; NaN and
    /// infinities, which JSON cannot hold, as `null`.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Writes a quoted string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(0x22)
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            output.append(contentsOf: value.utf8)
            output.append(0x22)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 0x22: output += [0x5C, 0x22]
            case 0x5C: output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, 0x6E]
            case 0x0D: output += [0x5C, 0x72]
            case 0x09: output += [0x5C, 0x74]
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                output += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }
}
