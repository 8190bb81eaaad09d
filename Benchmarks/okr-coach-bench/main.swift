import CoachKit
import Foundation
import OKRKit

// okr-coach-bench --binary PATH [--seed N]: prints one line per figure, with its target, then the time and memory of
// each adversarial line (AdversarialLines.swift; --seed repeats its random mixes). Run by `make bench`.
// okr-coach-bench --phases: times each stage of a big check in process (see Phases.swift).
// okr-coach-bench --outline: prints the 10,000-key-result outline the check figures use, to profile the binary on it.
// okr-coach-bench --session FILE: saves the same set as a session file, to profile `check FILE` on it.
// okr-coach-bench --tracked DIR: saves the 200 sessions the status figures use in DIR/sessions, to profile status.
// okr-coach-bench --checkin: prints only the `/checkin` answer figures, to profile them.
// okr-coach-bench --workshop DIR: writes the 500 sessions the report figures use in DIR, to profile `report --dir`.

if CommandLine.arguments.contains("--phases") {
    try Phases.run()
    exit(0)
}
if CommandLine.arguments.contains("--outline") {
    print(SampleSessions.outline(objectives: 2000, keyResultsEach: 5))
    exit(0)
}
let arguments = CommandLine.arguments
if let flag = arguments.firstIndex(of: "--session"), flag + 1 < arguments.count {
    try SessionCoding.encode(SampleSessions.large(objectives: 2000, keyResultsEach: 5))
        .write(to: URL(fileURLWithPath: arguments[flag + 1]))
    exit(0)
}
if arguments.contains("--checkin") {
    for figure in try CheckInAnswers.figures() { print(figure.line) }
    exit(0)
}
if let flag = arguments.firstIndex(of: "--tracked"), flag + 1 < arguments.count {
    let store = SessionStore(directory: DataDirectory(url: URL(fileURLWithPath: arguments[flag + 1])))
    for session in TrackedSessions.sessions(200, objectives: 5, keyResultsEach: 5, weeks: 13) {
        try store.save(session, as: SessionName(session.name))
    }
    exit(0)
}
if let flag = arguments.firstIndex(of: "--workshop"), flag + 1 < arguments.count {
    try WorkshopFolder.write(500, objectives: 4, keyResultsEach: 5, weeks: 13, into: URL(fileURLWithPath: arguments[flag + 1]))
    exit(0)
}
guard let index = arguments.firstIndex(of: "--binary"), index + 1 < arguments.count else {
    FileHandle.standardError.write(Data("usage: okr-coach-bench --binary PATH/okr-coach\n".utf8))
    exit(2)
}
let binary = URL(fileURLWithPath: arguments[index + 1])
let home = FileManager.default.temporaryDirectory.appendingPathComponent("okr-coach-bench-\(getpid())")
try? FileManager.default.removeItem(at: home)
let store = SessionStore(directory: DataDirectory(url: home))

var figures: [Measure.Figure] = []

// One-megabyte adversarial lines, as key results and as objectives, through `check -`, each once. Measured before
// anything else: a child spawned with posix_spawn (vfork) starts its peak memory at this process's size, so the
// memory figures are only the child's own while this process is still small.
let seed = arguments.firstIndex(of: "--seed").flatMap { $0 + 1 < arguments.count ? UInt64(arguments[$0 + 1]) : nil }
    ?? UInt64.random(in: 1...999_999)
let adversarial = try AdversarialLines.measure(binary, home: home, seed: seed)

// 1. Start-up: from exec to the banner on a pipe.
figures.append(.init(
    name: "start-up to banner (piped)",
    value: try Measure.medianMilliseconds(runs: 20) { try ProcessRun.untilFirstOutput(binary, home: home) },
    unit: "ms", target: 50))

// 2. Saving a big session: 1,000 objectives with 5 key results each.
let big = SampleSessions.large(objectives: 1000, keyResultsEach: 5)
figures.append(.init(
    name: "save 1,000 objectives x 5 key results",
    value: try Measure.medianMilliseconds(runs: 10) { try store.save(big, as: SessionName(big.name)) },
    unit: "ms", target: 50))

// 3. Peak memory of the REPL: a typical guided draft (in a directory of its own), then with the big session open.
figures.append(.init(
    name: "REPL peak resident memory (typical session)",
    value: try ProcessRun.peakMemoryMegabytes(binary, home: home.appendingPathComponent("typical"), input: """
        /new small
        2027-Q1

        Make onboarding effortless for new customers
        ok
        Raise week-one activation from 48% to 65% (confidence 5/10)

        Cut time to first value from 3 days to 1 day (confidence 5/10)

        Increase trial-to-paid conversion from 4% to 6% (confidence 5/10)



        1 3

        /check
        /kpis churn
        /help
        /sessions
        /quit

        """),
    unit: "MB", target: 30))
figures.append(.init(
    name: "REPL peak resident memory (5,000 key results open)",
    value: try ProcessRun.peakMemoryMegabytes(binary, home: home, input: "/open \(big.name)\n/sessions\n/quit\n"),
    unit: "MB", target: 30))

// 4. Reading: one key result, averaged over 10,000 different sentences.
let sentences = SampleSessions.keyResultTexts(10_000)
nonisolated(unsafe) var understood = 0
figures.append(.init(
    name: "read one key result (average of 10,000)",
    value: Measure.medianMilliseconds(runs: 5) {
        for sentence in sentences where KeyResultReader.read(sentence).target != nil { understood += 1 }
    } * 1000 / Double(sentences.count),
    unit: "µs", target: 20))

// 5. Checking 10,000 key results end to end through the binary: a generated outline, as JSON and as text, and the
// same set as a saved session.
try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
let outlineFile = home.appendingPathComponent("bench-10000.md")
try SampleSessions.outline(objectives: 2000, keyResultsEach: 5).write(to: outlineFile, atomically: true, encoding: .utf8)
let sessionFile = home.appendingPathComponent("bench-10000.json")
try SessionCoding.encode(SampleSessions.large(objectives: 2000, keyResultsEach: 5)).write(to: sessionFile)
for (input, format) in [("outline", "json"), ("outline", "text"), ("session", "text")] {
    let file = input == "outline" ? outlineFile : sessionFile
    figures.append(.init(
        name: "check 10,000 key results (\(input), \(format), end to end)",
        value: try Measure.medianMilliseconds(runs: 5) {
            try ProcessRun.toEnd(binary, arguments: ["check", "--format", format, file.path], home: home)
        },
        unit: "ms", target: 200))
}

// 5b. Status over 200 saved sessions of 25 key results with 13 weekly check-ins each, end to end through the binary,
// and saving one session of 5,000 key results with 13 check-ins each.
let tracked = TrackedSessions.sessions(200, objectives: 5, keyResultsEach: 5, weeks: 13)
for session in tracked { try store.save(session, as: SessionName(session.name)) }
for format in ["text", "json"] {
    figures.append(.init(
        name: "status 200 sessions x 25 KRs x 13 check-ins (\(format))",
        value: try Measure.medianMilliseconds(runs: 5) {
            try ProcessRun.toEnd(
                binary, arguments: ["status", "--today", "2027-04-01", "--format", format] + tracked.map(\.name), home: home)
        },
        unit: "ms", target: 300))
}
let bigTracked = TrackedSessions.sessions(1, objectives: 1000, keyResultsEach: 5, weeks: 13)[0]
figures.append(.init(
    name: "save 5,000 key results x 13 check-ins",
    value: try Measure.medianMilliseconds(runs: 10) { try store.save(bigTracked, as: SessionName(bigTracked.name)) },
    unit: "ms", target: 80))

// 5c. The combined report over a workshop's folder of 500 sessions of 20 key results with 13 weekly check-ins each,
// end to end through the binary.
let workshop = try WorkshopFolder.write(
    500, objectives: 4, keyResultsEach: 5, weeks: 13, into: home.appendingPathComponent("workshop"))
for format in ["text", "markdown", "csv", "html"] {
    figures.append(.init(
        name: "report 500 sessions x 20 KRs x 13 check-ins (\(format))",
        value: try Measure.medianMilliseconds(runs: 5) {
            try ProcessRun.toEnd(
                binary, arguments: ["report", "--dir", workshop.path, "--today", "2027-03-01", "--format", format],
                home: home)
        },
        unit: "ms", target: 300))
}

// 5c'. Exporting one of those sessions (20 key results with 13 check-ins each, aligned to the company's), end to
// end through the binary.
let exported = workshop.appendingPathComponent("tracked-2.json")
for format in ["markdown", "csv", "html", "json"] {
    figures.append(.init(
        name: "export 1 session of 20 KRs x 13 check-ins (\(format))",
        value: try Measure.medianMilliseconds(runs: 10) {
            try ProcessRun.toEnd(
                binary, arguments: ["export", exported.path, "--today", "2027-03-01", "--format", format], home: home)
        },
        unit: "ms", target: 20))
}

// 5d. A `/checkin` answer to its reply, in process: each answer saves the session.
figures += try CheckInAnswers.figures()

// 6. KPI suggestions: loading the built-in catalog, one suggestion over it, and over a generated 10,000-entry one.
figures.append(.init(
    name: "load the built-in KPI catalog",
    value: try Measure.medianMilliseconds(runs: 10) { _ = try CatalogLoader.builtIn() },
    unit: "ms", target: 20))
let shipped = KPISuggester(catalog: try CatalogLoader.builtIn())
let generated = KPISuggester(catalog: GeneratedCatalog.make(count: 10_000))
let question = (keyResult: "Reduce customer churn from 5% to 3% by end of Q3", objective: "Keep our customers for longer")
figures.append(.init(
    name: "suggest KPIs, built-in catalog",
    value: Measure.medianMilliseconds(runs: 50) {
        understood += shipped.suggest(keyResult: question.keyResult, objective: question.objective).count
    },
    unit: "ms", target: 1))
figures.append(.init(
    name: "suggest KPIs, generated 10,000-entry catalog",
    value: Measure.medianMilliseconds(runs: 20) {
        understood += generated.suggest(keyResult: question.keyResult, objective: question.objective).count
    },
    unit: "ms", target: 10))

// 7. One-megabyte adversarial lines, measured first (above) and reported last.
figures += adversarial.figures

print("okr-coach bench (release build, median of repeated runs; adversarial lines run once each)")
for figure in figures { print(figure.line) }
print("")
for line in adversarial.table { print(line) }
try? FileManager.default.removeItem(at: home)
