import CoachKit
import Foundation
import OKRKit

/// `okr-coach-bench --phases`: each stage of checking 10,000 key results in process, median of nine runs, so a
/// change to one stage can be measured without the noise of starting a process. Not part of `make bench`.
enum Phases {
    static func run() throws {
        let text = SampleSessions.outline(objectives: 2000, keyResultsEach: 5)
        let book = try PromptBook.defaults()
        var outline = OutlineParser.parse(text)
        time("outline") { outline = OutlineParser.parse(text) }
        let session = try SessionCoding.encode(SampleSessions.large(objectives: 2000, keyResultsEach: 5))
        time("session") { _ = try? SessionCoding.decode(session, file: "bench.json", onAllCores: true) }
        var report = CheckEngine().check(outline.objectives, cycle: outline.cycle)
        time("engine") { report = CheckEngine().check(outline.objectives, cycle: outline.cycle) }
        let source = CheckSource(file: "bench.md", outline: outline)
        var document = CheckReportDocument(report, book: book, source: source)
        time("document") { document = CheckReportDocument(report, book: book, source: source) }
        time("json") { _ = document.json }
        time("text") { _ = CheckReportText(document, book: book, failed: false) }
    }

    private static func time(_ name: String, _ body: () -> Void) {
        var samples: [Double] = []
        for _ in 0..<9 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        samples.sort()
        print(name.padding(toLength: 12, withPad: " ", startingAt: 0), String(format: "%7.1f ms (fastest %.1f)", samples[4], samples[0]))
    }
}
