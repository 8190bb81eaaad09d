@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// Big session files are decoded with their objectives split among the cores: the result must be the file's session,
/// exactly, and a file that does not split cleanly must decode (or fail) as it would whole.
@Suite struct SessionCodingTests {
    /// A session big enough to be decoded in parts, with text that looks like JSON's punctuation.
    private func bigSession() -> Session {
        var session = sampleSession(named: "big")
        session.objectives = (0..<150).map { o in
            Objective(text: "Objective \(o): win \"big\" [really], {today}, \\ too", kind: o % 3 == 0 ? .committed : .aspirational,
                keyResults: (0..<4).map { k in
                    KeyResult(text: "Raise NPS from \(o) to \(o + k + 10) by Q3 — «ünïcode» ]}", confidence: Double(k), kpis: ["nps", "csat"])
                })
        }
        return session
    }

    @Test func aBigFileDecodesToTheSessionItHolds() throws {
        let session = bigSession()
        let data = try SessionCoding.encode(session)
        #expect(data.count >= 64 * 1024)
        #expect(try SessionCoding.decode(data, file: "big.json", onAllCores: true) == session)
        #expect(try SessionCoding.decode(data, file: "big.json") == session)
    }

    @Test func theHandWrittenReaderReadsABigFileOnAllCoresAsItReadsItWhole() throws {
        let data = try SessionCoding.encode(bigSession())
        let whole = try #require(SessionReader.read(data))
        #expect(SessionReader.read(data, onAllCores: true) == whole)
        // Spaced out otherwise, the same session.
        let spaced = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: " \n\t ")
        #expect(SessionReader.read(Data(spaced.utf8), onAllCores: true) == whole)
    }

    @Test func aBigFileWithAKeyTheHandWrittenReaderDoesNotKnowIsDecodedAsBefore() throws {
        let session = bigSession()
        var text = String(decoding: try SessionCoding.encode(session), as: UTF8.self)
        let last = try #require(text.range(of: #""kind" : "#, options: .backwards))
        text.insert(contentsOf: #""note" : "kept by another tool", "#, at: last.lowerBound)
        let data = Data(text.utf8)
        #expect(SessionReader.read(data, onAllCores: true) == nil)
        #expect(try SessionCoding.decode(data, file: "big.json", onAllCores: true) == session)
    }

    @Test func spansFindEachObjectiveWhateverTheStringsHold() throws {
        let json = #"{"name": "a \"[x]\" {y}", "objectives" : [ {"text": "]}\\"}, [1, [2]] ,"s", 3 ], "n": [{}]}"#
        let spans = try #require(Data(json.utf8).withUnsafeBytes { ObjectiveSpans($0) })
        let bytes = Array(json.utf8)
        #expect(String(decoding: bytes[spans.array], as: UTF8.self) == #"[ {"text": "]}\\"}, [1, [2]] ,"s", 3 ]"#)
        #expect(spans.elements.map { String(decoding: bytes[$0], as: UTF8.self) } == [#"{"text": "]}\\"}"#, "[1, [2]]", #""s""#, "3"])
    }

    @Test func filesThatDoNotSplitCleanlyAreLeftWhole() {
        for json in [
            #"{"objectives": [], "objectives": [1]}"#, #"{"objectiv\u0065s": []}"#, #"["objectives"]"#, #"{"name": "x"}"#,
            #"{"objectives": [1, 2"#, #"{"objectives": [1 2]}"#, "{}", "",
        ] {
            #expect(Data(json.utf8).withUnsafeBytes { ObjectiveSpans($0) } == nil, "\(json)")
        }
    }

    @Test func aBrokenObjectInABigFileIsReportedAsInAWholeFile() throws {
        let data = try SessionCoding.encode(bigSession())
        var text = String(decoding: data, as: UTF8.self)
        let kind = try #require(text.range(of: #""kind" : "committed""#, options: .backwards))
        text.replaceSubrange(kind, with: #""kind" : "someday""#)
        #expect(throws: StoreError.self) { try SessionCoding.decode(Data(text.utf8), file: "big.json", onAllCores: true) }
        do {
            _ = try SessionCoding.decode(Data(text.utf8), file: "big.json", onAllCores: true)
        } catch {
            #expect("\(error)".contains("objectives["), "the message names the objective: \(error)")
        }
    }
}
