import Foundation

/// Writes numbers the way people do in OKRs: "5", "1.5", "24000", never "5.0" or "2.4e4".
public enum PlainNumber {
    /// The shortest plain decimal form of a number.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return grouped(Int64(value)) }
        // Below a billion a number's shortest form with at most six decimals ("54.4") is what rounding it to six
        // decimals and dropping the zeros gives (its error is far below half a millionth), without formatting.
        if abs(value) < 1e9 {
            let shortest = value.description
            if let dot = shortest.utf8.firstIndex(of: UInt8(ascii: ".")),
                shortest.utf8[dot...].dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                shortest.utf8.distance(from: dot, to: shortest.utf8.endIndex) <= 7
            {
                return shortest
            }
        }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// "24000" as "24,000"; numbers under 10,000 stay ungrouped ("2027", "9000").
    private static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude).utf8)
        guard digits.count > 4 else { return value < 0 ? "-" + String(decoding: digits, as: UTF8.self) : String(decoding: digits, as: UTF8.self) }
        var result: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        result.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A number with its unit where people put it: "$40000", "25%", "2 hours", "3x".
    public static func text(_ value: Double, unit: String?) -> String {
        let number = text(value)
        guard let unit, !unit.isEmpty else { return number }
        if unit == "%" || unit == "x" { return number + unit }
        if unit.count <= 1, let scalar = unit.unicodeScalars.first, scalar.properties.generalCategory == .currencySymbol {
            return unit + number
        }
        // Time units are reported in the plural ("days"); one of them is written in the singular: "1 day".
        if abs(value) == 1, unit != "ms", TimeUnit.secondsPer[unit] != nil { return "\(number) \(unit.dropLast())" }
        return "\(number) \(unit)"
    }
}
