/// A way to point at an objective or key result in a set: "O2", "O2.KR1", or "KR1" (of the current objective).
public enum Reference: Equatable, Sendable, CustomStringConvertible {
    /// An objective, by zero-based index.
    case objective(Int)
    /// A key result, by zero-based objective and key-result indexes.
    case keyResult(Int, Int)

    /// Reads a reference; `current` is the objective "KR2" alone refers to. Case and spaces do not matter:
    /// "o2.kr1", "O2 KR1", "O2KR1", "2.1" all work.
    public static func parse(_ text: String, current: Int?) -> Reference? {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        func number<S: StringProtocol>(_ digits: S) -> Int? {
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits), value >= 1
            else { return nil }
            return value - 1
        }
        if compact.hasPrefix("KR") {
            guard let current, let kr = number(compact.dropFirst(2)) else { return nil }
            return .keyResult(current, kr)
        }
        let body = compact.hasPrefix("O") ? compact.dropFirst() : Substring(compact)
        if let split = body.range(of: "KR") ?? body.range(of: ".") {
            let objectivePart = body[..<split.lowerBound].trimmingSuffix(".")
            var krPart = body[split.upperBound...]
            if krPart.hasPrefix("KR") { krPart = krPart.dropFirst(2) }
            guard let o = number(objectivePart), let k = number(krPart) else { return nil }
            return .keyResult(o, k)
        }
        guard compact.hasPrefix("O"), let o = number(body) else { return nil }
        return .objective(o)
    }

    public var description: String {
        switch self {
        case .objective(let o): "O\(o + 1)"
        case .keyResult(let o, let k): "O\(o + 1).KR\(k + 1)"
        }
    }

    /// Whether the set has the thing referred to.
    public func exists(in objectives: [Objective]) -> Bool {
        switch self {
        case .objective(let o): objectives.indices.contains(o)
        case .keyResult(let o, let k): objectives.indices.contains(o) && objectives[o].keyResults.indices.contains(k)
        }
    }

    /// Every reference in a set, in order, for completion and listing.
    public static func all(in objectives: [Objective]) -> [Reference] {
        objectives.indices.flatMap { o in
            [Reference.objective(o)] + objectives[o].keyResults.indices.map { Reference.keyResult(o, $0) }
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
