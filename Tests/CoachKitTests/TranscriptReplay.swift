import CoachKit
import Foundation
import OKRKit
import Synchronization
import Testing

/// Replays conversation transcripts: `> ` lines are what the person types (`> <EOF>` is Ctrl-D), the lines
/// after each are what the coach must answer, as plain text. `<HOME>` stands for the data directory.
/// `> <TODAY 2027-02-26>` moves the coach's clock to noon on that day (UTC), as days pass between check-ins.
///
/// Run with `OKR_RECORD=1` to rewrite the files from what the coach now says (then review the diff).
struct Transcript: Sendable {
    struct Step {
        var input: String
        var expected: [String]
    }

    let url: URL
    let steps: [Step]

    static var directory: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts") }

    static func all() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    init(named name: String) throws {
        url = Transcript.directory.appendingPathComponent(name)
        var steps: [Step] = []
        for line in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n") {
            if line.hasPrefix("> ") || line == ">" {
                steps.append(Step(input: String(line.dropFirst(2)), expected: []))
            } else if !steps.isEmpty, !(line.isEmpty && steps[steps.count - 1].expected.isEmpty) {
                steps[steps.count - 1].expected.append(line)
            }
        }
        for index in steps.indices {
            while steps[index].expected.last == "" { steps[index].expected.removeLast() }
        }
        self.steps = steps
    }

    /// Plays every step against `coach`, recording mismatches, or rewriting the file when recording.
    func replay(on coach: Coach, home: URL, clock: Clock) {
        let recording = ProcessInfo.processInfo.environment["OKR_RECORD"] == "1"
        var recorded = ""
        for step in steps {
            if step.input.hasPrefix("<TODAY "), let day = CalendarDay(String(step.input.dropFirst(7).dropLast())) {
                clock.set(day)
                recorded += "> \(step.input)\n\n"
                continue
            }
            // "<HOME>" in a typed line stands for the test's data directory, as it does in the answers.
            let typed = step.input.replacingOccurrences(of: "<HOME>", with: home.path)
            let outcome = step.input == "<EOF>" ? coach.finish() : coach.handle(typed)
            let actual = outcome.replies.map(\.plainText).joined(separator: "\n")
                .replacingOccurrences(of: home.path, with: "<HOME>")
                .components(separatedBy: "\n").filter { !($0.isEmpty && outcome.replies.isEmpty) }
            recorded += "> \(step.input)\n" + actual.map { $0 + "\n" }.joined() + "\n"
            if !recording {
                #expect(actual == step.expected, "after \"> \(step.input)\" in \(url.lastPathComponent)")
            }
        }
        if recording { try? recorded.write(to: url, atomically: true, encoding: .utf8) }
    }
}

/// The built-in catalog and words, loaded once for all tests.
let sharedCatalog = CatalogLoader.load(dataDirectory: nil)
let sharedBook = Result { try PromptBook.defaults() }

/// A test's clock: fixed at 2027-01-15 until a transcript moves it.
final class Clock: Sendable {
    private let seconds = Mutex<Double>(1_800_000_000)
    var now: Date { Date(timeIntervalSince1970: seconds.withLock { $0 }) }

    /// Noon UTC on `day`, so the local day is the same in every time zone a test runs in.
    func set(_ day: CalendarDay) {
        let epoch = CalendarDay(year: 1970, month: 1, day: 1)!
        seconds.withLock { $0 = Double(epoch.days(to: day)) * 86_400 + 43_200 }
    }
}

/// A prompts directory holding only a small `practice.yaml`, for the practice tests.
let practiceFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/practice")

/// A coach over a fresh data directory, with a fixed clock (`clock` moves it).
func makeCoach(home: URL? = nil, clock: Clock = Clock()) throws -> (Coach, URL) {
    let home = try home ?? temporaryDirectory()
    let coach = Coach(
        book: try sharedBook.get(), store: SessionStore(directory: DataDirectory(url: home)), now: { clock.now },
        catalog: { sharedCatalog })
    return (coach, home)
}

@Suite struct TranscriptTests {
    @Test(arguments: Transcript.all())
    func replay(name: String) throws {
        let clock = Clock()
        let (coach, home) = try makeCoach(clock: clock)
        // The practice transcripts use a small bank of their own, not the shipped one.
        if name.hasPrefix("practice") { coach.promptsDirectory = practiceFixtures }
        try Transcript(named: name).replay(on: coach, home: home, clock: clock)
    }
}
