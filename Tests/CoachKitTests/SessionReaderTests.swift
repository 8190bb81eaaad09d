@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// The hand-written session reader against Foundation's `JSONDecoder`, on random valid files and on files broken
/// or bent in the ways hands and other programs break them.
///
/// `SessionCoding` reads a file with `SessionReader`, and gives any file it does not take to `JSONDecoder`. So the
/// two read the same files, and refuse the same ones with the same words, exactly when every file `SessionReader`
/// takes is one `JSONDecoder` takes, as the same session: that is what these tests check.
@Suite struct SessionReaderTests {
    /// Whether the hand-written reader agrees with `JSONDecoder` on `data`: it refuses it (and `JSONDecoder` decides),
    /// or both read the same session, down to the bytes it is written back as (so -0 is not taken for 0).
    private func disagreement(on data: Data) -> String? {
        guard let fast = SessionReader.read(data) else { return nil }
        guard let reference = try? SessionCoding.decoder.decode(Session.self, from: data) else {
            return "the hand-written reader took a file JSONDecoder refuses"
        }
        guard fast == reference, (try? SessionWriter.encode(fast)) == (try? SessionWriter.encode(reference)) else {
            return "the two readers read different sessions"
        }
        return nil
    }

    private func report(_ problem: String, seed: UInt64, run: Int, data: Data) {
        Issue.record("seed \(seed), file \(run): \(problem):\n\(String(decoding: data.prefix(3000), as: UTF8.self))")
    }

    @Test func everyFileTheWriterWritesIsReadAsJSONDecoderReadsIt() throws {
        let seed = RandomSessions.seed(for: "session reader, valid files")
        var random = RandomSessions(seed: seed)
        for run in 0..<RandomSessions.count(normal: 2000) {
            let session = random.session()
            let data = try SessionWriter.encode(session)
            guard SessionReader.read(data) != nil else {
                return report("not read by the hand-written reader", seed: seed, run: run, data: data)
            }
            if let problem = disagreement(on: data) { return report(problem, seed: seed, run: run, data: data) }
        }
    }

    @Test func brokenAndBentFilesAreReadAsJSONDecoderReadsThemOrLeftToIt() throws {
        let seed = RandomSessions.seed(for: "session reader, mutated files")
        var random = RandomSessions(seed: seed)
        var taken = 0, runs = 0
        for run in 0..<RandomSessions.count(normal: 4000) {
            let session = random.session()
            var text = Array(try SessionWriter.encode(session))
            for _ in 0..<random.int(1...2) { Self.mutate(&text, random: &random) }
            let data = Data(text)
            if let problem = disagreement(on: data) { return report(problem, seed: seed, run: run, data: data) }
            if SessionReader.read(data) != nil { taken += 1 }
            runs += 1
        }
        // Many mutations keep the file valid (other spacing, other values of the right type), so the reader must
        // have read many of them itself, or the test proved nothing.
        #expect(taken > runs / 10, "the hand-written reader took only \(taken) of \(runs) files")
    }

    @Test func filesSpelledOtherwiseThanTheWriterSpellsThemAreReadTheSame() throws {
        let valid = String(decoding: try SessionWriter.encode(sampleSession()), as: UTF8.self)
        let compact = valid.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "  ", with: "")
        for (spelling, expectTaken) in [
            (compact, true),
            (valid.replacingOccurrences(of: "\n", with: "\r\n\t"), true),
            (valid.replacingOccurrences(of: #""team" : "Growth""#, with: #""team" : "Gr\u006fwth\/\ud83c\udfaf""#), true),
            (valid.replacingOccurrences(of: #""confidence" : 5"#, with: #""confidence" : 5.0e0"#), true),
            (valid.replacingOccurrences(of: #""team" : "Growth""#, with: #""team" : null"#), true),
            (valid.replacingOccurrences(of: #""team" : "Growth""#, with: #""t\u0065am" : "Growth""#), false),
            (valid.replacingOccurrences(of: #""team" : "Growth""#, with: #""team" : "Growth", "extra" : [1, {"a": null}]"#), false),
            (valid.replacingOccurrences(of: #""team" : "Growth""#, with: #""team" : "Growth", "team" : "Other""#), false),
            (valid.replacingOccurrences(of: #""confidence" : 5"#, with: #""confidence" : 1e-400"#), false),
            (valid.replacingOccurrences(of: #""confidence" : 5"#, with: #""confidence" : 1e400"#), false),
            (valid.replacingOccurrences(of: #""team" : "Growth""#, with: #""team" : "\ud800""#), false),
            ("\u{FEFF}" + valid, false),
        ] {
            let data = Data(spelling.utf8)
            #expect(disagreement(on: data) == nil, "\(spelling)")
            #expect((SessionReader.read(data) != nil) == expectTaken, "\(spelling)")
        }
    }

    /// Bends or breaks the file: a byte deleted or inserted, a value replaced by another of any type, a member
    /// repeated, an unknown member, an escaped key, other whitespace, or the end cut off.
    static func mutate(_ text: inout [UInt8], random: inout RandomSessions) {
        guard !text.isEmpty else { return }
        let at = random.int(0...(text.count - 1))
        switch random.int(0...9) {
        case 0:
            text.remove(at: at)
        case 1:
            text.insert(random.pick(Array("\"\\{}[],: 0-.eEnu\t".utf8) + [0x00, 0x1F, 0xC3, 0xFF]), at: at)
        case 2, 3, 4:
            // The value after a key: from where `" : ` ends to the next comma or line end.
            guard let colon = text[at...].firstRange(of: Array("\" : ".utf8)) else { return }
            let start = colon.upperBound
            guard start < text.count else { return }
            let end = text[start...].firstIndex { $0 == UInt8(ascii: ",") || $0 == 0x0A } ?? text.count
            guard text[start] != UInt8(ascii: "["), text[start] != UInt8(ascii: "{") else { return }
            text.replaceSubrange(start..<end, with: Array(value(&random).utf8))
        case 5:
            // A member line repeated: a key twice.
            guard let lineStart = text[..<at].lastIndex(of: 0x0A), let lineEnd = text[at...].firstIndex(of: 0x0A),
                text[lineStart..<lineEnd].contains(UInt8(ascii: ":"))
            else { return }
            var line = Array(text[lineStart..<lineEnd])
            if line.last != UInt8(ascii: ",") { line.append(UInt8(ascii: ",")) }
            text.insert(contentsOf: line, at: lineStart)
        case 6:
            guard let open = text[at...].firstIndex(of: UInt8(ascii: "{")) else { return }
            text.insert(contentsOf: Array(random.pick([#""extra" : 1,"#, #""note" : null,"#, #""id" : "x","#]).utf8), at: open + 1)
        case 7:
            guard let quote = text[at...].firstRange(of: Array("\" : ".utf8)), quote.lowerBound > 1 else { return }
            text.replaceSubrange((quote.lowerBound - 1)..<quote.lowerBound, with: Array(#"\u0065"#.utf8))
        case 8:
            let space = random.pick(["", " ", "\t", "\r\n", "\n\n"])
            text = Array(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\n  ", with: space).utf8)
        default:
            text.removeSubrange(at...)
        }
    }

    /// A value of any type, often one that is valid where it lands, spelled as JSON allows.
    private static func value(_ random: inout RandomSessions) -> String {
        switch random.int(0...3) {
        case 0:
            return random.pick([
                "null", "true", "false", "[]", "{}", "0", "-0", "-0.0", "01", "1.", ".5", "1e400", "-1e400", "1e-400",
                "5e-324", "2.2250738585072014e-308", "4.9e-324", "1E2", "1e+2", "0.1e1", "7", "10", "11", "3.0",
                "1.7976931348623157e308", "1.7976931348623159e308", "123456789012345678901234567890", "0.000000000000000000001",
                "\"\"", "\"x\"", #""\u0041""#, #""\ud83c\udfaf""#, #""\ud800""#, #""\udc00""#, #""\u00e9\/\b\f""#, #""\x""#,
                "\"2027-02-28\"", "\"2027-02-30\"", "\"2027-+1-05\"", "\"0000-01-01\"", "\"2027-01-15T08:00:00.250Z\"",
                "\"2027-01-15T08:00:00+02:00\"", "\"2027-01-15T08:00:00.1234567891Z\"", "\"committed\"", "\"at-least\"",
                "\"00000000-0000-4000-8000-000000000001\"", "\"00000000-0000-4000-8000-00000000000a\"", "\"checkin\"",
                "\"value\"", "\"kpis\"", "\"keep\"", "nul", "tru", "\"unterminated",
            ])
        case 1:
            let mantissa = "\(random.pick(["", "-"]))\(random.int(0...999_999_999))\(random.pick(["", ".\(random.int(0...99_999))"]))"
            return mantissa + random.pick(["", "e\(random.int(-330...330))", "E+\(random.int(0...30))"])
        case 2:
            return "\(random.number())"
        default:
            return "\"\(random.text().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
        }
    }
}
