import OKRKit

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
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The same text as UTF-8 bytes, for writing straight to a file or pipe.
    public var utf8: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, depth: 0)
        return output
    }

    private func write(to output: inout [UInt8], depth: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): output.append(contentsOf: JSONValue.numberText(value).utf8)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            // A long array (the objectives of a big report) is written in chunks on all cores, then joined.
            let chunks = ChunkedMap.map(items.count) { range in
                var chunk: [UInt8] = []
                for index in range {
                    JSONValue.indent(depth + 1, &chunk)
                    items[index].write(to: &chunk, depth: depth + 1)
                    if index < items.count - 1 { chunk.append(UInt8(ascii: ",")) }
                    chunk.append(UInt8(ascii: "\n"))
                }
                return chunk
            }
            for chunk in chunks { output.append(contentsOf: chunk) }
            JSONValue.indent(depth, &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for index in members.indices {
                JSONValue.indent(depth + 1, &output)
                JSONValue.writeString(members[index].0, to: &output)
                output.append(contentsOf: ": ".utf8)
                members[index].1.write(to: &output, depth: depth + 1)
                if index < members.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            JSONValue.indent(depth, &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ depth: Int, _ output: inout [UInt8]) {
        for _ in 0..<(depth * 2) { output.append(0x20) }
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
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var plainFrom = 0
            for k in bytes.indices {
                let byte = bytes[k]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<k]))
                plainFrom = k + 1
                switch byte {
                case 0x22: output.append(contentsOf: "\\\"".utf8)
                case 0x5C: output.append(contentsOf: "\\\\".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                case 0x09: output.append(contentsOf: "\\t".utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0xF)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
