@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// The hand-written session writer must write exactly the bytes Foundation's `JSONEncoder` wrote (so files already
/// saved do not change and diffs stay quiet), and fail where it failed, with the same words.
@Suite struct SessionWriterTests {
    /// The encoder sessions were saved with before `SessionWriter`, as the reference.
    static func referenceEncode(_ session: Session) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        var data = try encoder.encode(session)
        data.append(0x0A)
        return data
    }

    @Test func randomSessionsAreWrittenByteForByteAsJSONEncoderWroteThem() throws {
        let seed = RandomSessions.seed(for: "session writer")
        var random = RandomSessions(seed: seed)
        for run in 0..<RandomSessions.count(normal: 3000) {
            let session = random.session()
            let written = try SessionWriter.encode(session)
            let reference = try Self.referenceEncode(session)
            if written != reference {
                let at = zip(written, reference).prefix { $0 == $1 }.count
                Issue.record("""
                    seed \(seed), session \(run): the bytes differ at \(at):
                    written:   \(String(decoding: written.dropFirst(max(0, at - 60)).prefix(120), as: UTF8.self))
                    reference: \(String(decoding: reference.dropFirst(max(0, at - 60)).prefix(120), as: UTF8.self))
                    """)
                return
            }
        }
    }

    @Test func theNumbersThatAreHardToWriteAreWrittenAsJSONEncoderWroteThem() throws {
        let numbers: [Double] = [
            0.1, 1e21, -0.0, 1e-7, 99.95, 12345678.9, 1e16, 1e15, 9_007_199_254_740_992, 9_007_199_254_740_992.nextUp,
            -9_007_199_254_740_991, .leastNonzeroMagnitude, 1.7976931348623157e308, 100, -3, 0.30000000000000004,
        ]
        var session = sampleSession()
        session.objectives[0].keyResults[0].checkIns = numbers.enumerated().map { index, number in
            CheckIn(date: CalendarDay(ordinal: 740_000 + index)!, value: number, confidence: number)
        }
        #expect(try SessionWriter.encode(session) == Self.referenceEncode(session))
        let text = String(decoding: try SessionWriter.encode(session), as: UTF8.self)
        for shown in ["\"value\" : 1e+21", "\"value\" : -0\n", "\"value\" : 1e-07", "\"value\" : 9007199254740992\n"] {
            #expect(text.contains(shown), "\(shown)")
        }
    }

    @Test func aNumberJSONCannotHoldFailsWithJSONEncodersWords() throws {
        for bad in [Double.nan, .infinity, -.infinity] {
            var session = sampleSession()
            session.objectives[0].keyResults[0].checkIns = [
                CheckIn(date: CalendarDay(year: 2027, month: 1, day: 8)!, value: 3),
                CheckIn(date: CalendarDay(year: 2027, month: 1, day: 15)!, value: bad),
            ]
            var other = sampleSession()
            other.objectives[0].keyResults[0].givenScore = GivenScore(score: bad, reason: "r")
            var third = sampleSession()
            third.objectives[0].keyResults[0].confidence = bad
            for session in [session, other, third] {
                let written = #expect(throws: EncodingError.self) { try SessionWriter.encode(session) }
                let reference = #expect(throws: EncodingError.self) { try Self.referenceEncode(session) }
                #expect(written.map { "\($0)" } == reference.map { "\($0)" })
            }
        }
    }
}
