import CoachKit
import Foundation
import OKRKit

/// Real session files, and seeded ways of breaking them: bit flips, truncations, deletions, duplications, splices of
/// valid fragments, values swapped for huge numbers, deep nesting, invalid UTF-8 and invalid escapes.
struct SessionMutator {
    /// The files mutated: an empty session, a full one with a pending question, one with every kind of text.
    let bases: [Data]

    init() throws {
        let created = Date(timeIntervalSince1970: 1_800_000_000.25)
        var empty = Session(name: "fuzz", createdAt: created)
        empty.draft = DraftStep(.cycle)
        var full = Session(name: "fuzz", createdAt: created, team: "Support", cycle: Cycle.quarter(2027, 1))
        full.objectives = [
            Objective(text: "Make our support the reason customers stay", keyResults: [
                KeyResult(text: "Reduce first response time from 6 hours to 3 hours", confidence: 5, kpis: ["first-response-time"]),
                KeyResult(text: "Raise CSAT from 82% to 90% by end of Q1", confidence: 0.5),
            ]),
            Objective(text: "Ship a delightful onboarding", kind: .committed, keyResults: [KeyResult(text: "Cut churn by half")]),
        ]
        full.draft = DraftStep(.baseline, keyResult: full.objectives[1].keyResults[0].id)
        var text = Session(name: "fuzz", createdAt: created, team: "Équipe \"Δ\" \\ 東京 😀")
        text.objectives = [Objective(text: "Line one\nline\ttwo \u{1}, «quoted» & <b>", keyResults: [
            KeyResult(text: "Raise NPS from -5 to 1e3 (confidence 6/10)", confidence: 6),
        ])]
        text.draft = DraftStep(.kpis, objective: text.objectives[0].id, kpiChoices: [
            KPIChoice(keyResult: text.objectives[0].keyResults[0].id, kpi: "net-promoter-score"),
            KPIChoice(keyResult: Identifier.make(), kpi: "nothing"),
        ])
        bases = try [empty, full, text].map(SessionCoding.encode)
    }

    /// One mutated file: a base with one to three mutations, or (every other time, so that many still load and reach
    /// the coach) with one or two of its values swapped for strange ones.
    func mutate(using random: inout SplitMix64) -> Data {
        var bytes = [UInt8](bases[Int.random(in: 0..<bases.count, using: &random)])
        let valuesOnly = Bool.random(using: &random)
        for _ in 0..<Int.random(in: 1...(valuesOnly ? 2 : 3), using: &random) {
            bytes = valuesOnly ? replacingValue(bytes, using: &random) : mutation(bytes, using: &random)
        }
        return Data(bytes)
    }

    private func mutation(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        guard !bytes.isEmpty else { return Array("{".utf8) }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        let span = at..<min(bytes.count, at + Int.random(in: 1...64, using: &random))
        switch Int.random(in: 0..<9, using: &random) {
        case 0:
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= 1 << UInt8.random(in: 0...7, using: &random)
            }
        case 1: bytes.removeSubrange(at...)
        case 2: bytes.removeSubrange(span)
        case 3: bytes.insert(contentsOf: bytes[span], at: span.upperBound)
        case 4:
            let other = bases[Int.random(in: 0..<bases.count, using: &random)]
            let from = Int.random(in: 0..<other.count, using: &random)
            bytes.replaceSubrange(span, with: other[from..<min(other.count, from + Int.random(in: 1...200, using: &random))])
        case 5, 6: return replacingValue(bytes, using: &random)
        case 7: bytes.insert(contentsOf: Self.invalidUTF8.randomElement(using: &random) ?? [], at: at)
        default:
            let depth = [64, 600, 20_000].randomElement(using: &random) ?? 64
            let open = Bool.random(using: &random) ? "[" : "{\"a\":"
            let close = open == "[" ? "]" : "}"
            bytes.replaceSubrange(span, with: Array((String(repeating: open, count: depth) + String(repeating: close, count: depth)).utf8))
        }
        return bytes
    }

    /// Swaps the value after a random `": "` for a strange one, mostly of the same kind (a string for a string, a
    /// number for a number), so the file often still loads and its strange value reaches the coach.
    private func replacingValue(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x20 }
        guard let colon = colons.randomElement(using: &random) else { return bytes }
        let start = colon + 2
        guard start < bytes.count else { return bytes }
        var end = start
        if bytes[start] == UInt8(ascii: "\"") {
            end += 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            end = min(end + 1, bytes.count)
        } else {
            while end < bytes.count, ![UInt8(ascii: ","), 0x0A].contains(bytes[end]) { end += 1 }
        }
        let sameKind = bytes[start] == UInt8(ascii: "\"") ? Self.strangeStrings
            : bytes[start] == UInt8(ascii: "-") || (48...57).contains(bytes[start]) ? Self.strangeNumbers : Self.strangeStructures
        let pool = Int.random(in: 0..<4, using: &random) == 0 ? Self.strangeStrings + Self.strangeNumbers + Self.strangeStructures : sameKind
        var result = bytes
        result.replaceSubrange(start..<end, with: Array((pool.randomElement(using: &random) ?? "null").utf8))
        return result
    }

    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]]

    static let strangeNumbers = [
        "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "18446744073709551616", "-9223372036854775809",
        "9223372036854775807", "2147483648", "-1", "0", "-0", "0.5", "1" + String(repeating: "0", count: 400), "NaN",
        "Infinity", "1e308", "-1e308", "5e-324", "99", "10.000000001",
    ]

    static let strangeStrings = [
        "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u00\"", "\"\\x41\"", "\"\\u0000\"", "\"\\\"", "\"", "\"\"",
        "\"\\u202e\\u0007\\u001b[31m\"", "\"baseline\"", "\"kpis\"", "\"offer\"", "\"confidence\"", "\"reviewKeyResult\"",
        "\"moreKeyResults\"", "\"committed\"", "\"../../etc/passwd\"", "\"other\"", "\"0:x\"", "\"99:net-promoter-score\"",
        "\"2027-01-15T08:00:00.1234567890123Z\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"",
        "\"2027-02-30T00:00:00Z\"", "\"2027-01-15T08:00:00+99:99\"", "\"2027-02-30\"", "\"0000-01-01\"", "\"10000-01-01\"",
        "\"" + String(repeating: "long ", count: 20_000) + "\"", "\"00000000-0000-0000-0000-000000000000\"",
    ]

    static let strangeStructures = [
        "null", "true", "[]", "{}", "[1,2,3]", "{\"question\": \"baseline\", \"objective\": 7, \"keyResult\": 9}",
        "{\"question\": \"kpis\", \"objective\": 0, \"keyResult\": 0, \"choices\": [\"99:x\", \"-1:y\", \"abc\"]}",
        "{\"question\": \"reviewKeyResult\", \"objective\": -3, \"keyResult\": 2147483647}",
        "{\"question\": \"offer\", \"objective\": 5, \"choices\": []}",
        "[{\"id\": \"6F1C0C5E-0000-4000-8000-000000000001\", \"text\": \"\", \"kind\": \"committed\", \"keyResults\": []}]",
    ]
}
