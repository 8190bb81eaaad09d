import Foundation
import OKRKit

/// Random sessions from a seed, for holding the hand-written writer and reader to Foundation's: every optional
/// present and absent, empty and full lists, hostile text (quotes, backslashes, control characters, emoji,
/// combining marks, line separators) and numbers at the edges of how they are written.
struct RandomSessions {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The generator's seed for a run: `OKR_COACH_SEED` when set, else a fresh one, printed with how to replay it.
    static func seed(for test: String) -> UInt64 {
        let seed = UInt64(ProcessInfo.processInfo.environment["OKR_COACH_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        print("\(test): seed \(seed) (replay with OKR_COACH_SEED=\(seed))")
        return seed
    }

    /// `OKR_COACH_STRESS` × 10 when set (`make stress`), else `normal`.
    static func count(normal: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["OKR_COACH_STRESS"] ?? "").map { $0 * 10 } ?? normal
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[int(0...(elements.count - 1))] }

    mutating func session() -> Session {
        var session = Session(
            id: id(), name: text(), createdAt: date(), team: chance(0.5) ? text() : nil,
            cycle: chance(0.5) ? Cycle(label: text(), start: day(), end: day()) : nil,
            objectives: (0..<int(0...3)).map { _ in objective() })
        session.schemaVersion = pick([1, 2, 3, 4, 0, -7, 1_000_000])
        session.updatedAt = date()
        if chance(0.3) {
            session.draft = DraftStep(
                pick(DraftStep.Question.allCases), objective: chance(0.5) ? id() : nil, keyResult: chance(0.5) ? id() : nil,
                kpiChoices: chance(0.5) ? (0..<int(0...2)).map { _ in KPIChoice(keyResult: id(), kpi: text()) } : nil,
                offered: chance(0.5) ? text() : nil)
        }
        if chance(0.3) {
            session.walk = WalkStep(
                walk: pick(WalkStep.Walk.allCases), question: pick(WalkStep.Question.allCases),
                keyResultID: chance(0.5) ? id() : nil, objectiveID: chance(0.5) ? id() : nil,
                queue: (0..<int(0...3)).map { _ in id() })
        }
        return session
    }

    private mutating func objective() -> Objective {
        var objective = Objective(
            id: id(), text: text(), kind: pick(ObjectiveKind.allCases), keyResults: (0..<int(0...3)).map { _ in keyResult() })
        objective.nextCycle = chance(0.3) ? pick(NextCyclePlan.allCases) : nil
        objective.learned = chance(0.3) ? text() : nil
        objective.owner = chance(0.3) ? text() : nil
        if chance(0.3) {
            objective.parent = Alignment(
                sessionID: id(), sessionName: text(), objectiveID: id(), keyResultID: chance(0.5) ? id() : nil)
        }
        return objective
    }

    private mutating func keyResult() -> KeyResult {
        var keyResult = KeyResult(
            id: id(), text: text(), confidence: chance(0.5) ? number() : nil, kpis: (0..<int(0...2)).map { _ in text() },
            measure: chance(0.3) ? pick(Measure.allCases) : nil,
            checkIns: (0..<pick([0, 0, 1, 3])).map { _ in
                CheckIn(
                    date: day(), value: chance(0.7) ? number() : nil, done: chance(0.3) ? chance(0.5) : nil,
                    confidence: chance(0.6) ? number() : nil, note: chance(0.4) ? text() : nil)
            })
        keyResult.givenScore = chance(0.2) ? GivenScore(score: number(), reason: text()) : nil
        keyResult.lookBack = chance(0.2) ? text() : nil
        keyResult.owner = chance(0.3) ? text() : nil
        return keyResult
    }

    /// Pieces of text that JSON writes with escapes, or that a writer could mangle, strung together.
    private static let pieces = [
        "", "Raise NPS from 45 to 70", "\"quoted\"", "back\\slash", "a/b", "</script>", "\u{0}", "\u{1F}", "\u{7F}",
        "\t", "\n", "\r\n", "\u{8}", "\u{C}", "\u{B}", "é", "e\u{301}", "🎯", "👩‍👩‍👧", "🇫🇷", "\u{2028}", "\u{2029}",
        "\u{FEFF}", "日本語", "\u{10FFFF}", "\u{FFFD}", "\\u0041", "{\"a\": [1]}", " ", "  ", "null",
    ]

    mutating func text() -> String {
        var text = ""
        for _ in 0..<int(0...4) {
            if chance(0.2) {
                text.unicodeScalars.append(pick([
                    Unicode.Scalar(UInt8(int(0...0x7F))), Unicode.Scalar(UInt16(int(0x80...0xD7FF)))!,
                    Unicode.Scalar(UInt32(int(0x10000...0x10FFFF)))!,
                ]))
            } else {
                text += pick(Self.pieces)
            }
        }
        return text
    }

    /// Numbers whose shortest form is long, exponential, negative zero, whole, tiny or huge, and random ones.
    private static let numbers: [Double] = [
        0, -0.0, 0.1, 0.5, 1, 7, 10, 99.95, 1e21, 1e-7, 12345678.9, 1e15, 1e16, 9_007_199_254_740_992,
        9_007_199_254_740_994, -9_007_199_254_740_992, 123_456_789_012_345_680, 1.0 / 3, 2.5e-5, 0.000123, .leastNonzeroMagnitude,
        2.2250738585072014e-308, 1.7976931348623157e308, -1e-300, 4.35, 0.7, 45.2, 1_200, 99.9, 2.675,
    ]

    mutating func number() -> Double {
        switch int(0...4) {
        case 0: return pick(Self.numbers)
        case 1: return Double(int(-1_000_000...1_000_000)) / pick([1, 10, 100, 1000, 3, 7])
        case 2: return Double(int(0...10))
        case 3:
            let value = Double(bitPattern: random.next())
            return value.isFinite ? value : 1
        default: return Double.random(in: -1e9...1e9, using: &random)
        }
    }

    private mutating func id() -> UUID {
        let high = random.next(), low = random.next()
        var bytes = (0..<16).map { UInt8(truncatingIfNeeded: ($0 < 8 ? high : low) >> (8 * ($0 % 8))) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// Any instant from year 1 to 9999 (to the millisecond), now and then one a file could not hold.
    private mutating func date() -> Date {
        if chance(0.05) { return Date(timeIntervalSince1970: pick([-1e15, 1e15, .nan, -62_135_596_800.5, 0.0004])) }
        return Date(timeIntervalSince1970: Double(int(-62_135_596_800_000...253_402_300_799_999)) / 1000)
    }

    private mutating func day() -> CalendarDay {
        CalendarDay(ordinal: int(366...3_652_424)) ?? CalendarDay(year: 2027, month: 1, day: 1)!
    }
}
