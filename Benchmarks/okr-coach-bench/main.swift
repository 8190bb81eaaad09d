import CoachKit
import Foundation
import OKRKit

// okr-coach-bench --binary PATH: prints one line per figure, with its target. Run by `make bench`.

let arguments = CommandLine.arguments
guard let index = arguments.firstIndex(of: "--binary"), index + 1 < arguments.count else {
    FileHandle.standardError.write(Data("usage: okr-coach-bench --binary PATH/okr-coach\n".utf8))
    exit(2)
}
let binary = URL(fileURLWithPath: arguments[index + 1])
let home = FileManager.default.temporaryDirectory.appendingPathComponent("okr-coach-bench-\(getpid())")
try? FileManager.default.removeItem(at: home)
let store = SessionStore(directory: DataDirectory(url: home))

var figures: [Measure.Figure] = []

// 1. Start-up: from exec to the banner on a pipe.
figures.append(.init(
    name: "start-up to banner (piped)",
    value: try Measure.medianMilliseconds(runs: 20) { try ProcessRun.untilFirstOutput(binary, home: home) },
    unit: "ms", target: 50))

// 2. Saving a big session: 1,000 objectives with 5 key results each.
let big = SampleSessions.large(objectives: 1000, keyResultsEach: 5)
figures.append(.init(
    name: "save 1,000 objectives x 5 key results",
    value: try Measure.medianMilliseconds(runs: 10) { try store.save(big) },
    unit: "ms", target: 50))

// 3. Peak memory of the REPL: a short session of commands, then with that big session open.
figures.append(.init(
    name: "REPL peak resident memory (typical session)",
    value: try ProcessRun.peakMemoryMegabytes(binary, home: home, input: "/new small\n/help\n/sessions\n/quit\n"),
    unit: "MB", target: 30))
figures.append(.init(
    name: "REPL peak resident memory (5,000 key results open)",
    value: try ProcessRun.peakMemoryMegabytes(binary, home: home, input: "/open \(big.name)\n/sessions\n/quit\n"),
    unit: "MB", target: 30))

print("okr-coach bench (release build, median of repeated runs)")
for figure in figures { print(figure.line) }
try? FileManager.default.removeItem(at: home)
