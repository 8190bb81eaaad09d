@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// Random conversations, thousands of lines long: commands, answers, pastes, Ctrl-C and Ctrl-D in any order.
///
/// After every line: nothing trapped, the pending question points at something that exists, and the file on disk
/// is the session the coach holds. Now and then, `/undo` then `/redo` must give back the same set. The seed is
/// printed; `OKR_COACH_SEED=N` replays a run; `make stress` (`OKR_COACH_STRESS=N`) runs N × 100 lines.
@Suite struct ConversationFuzzTests {
    @Test func randomConversationsKeepEveryInvariant() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["OKR_COACH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        let steps = environment["OKR_COACH_STRESS"].flatMap(Int.init).map { $0 * 100 } ?? 20_000
        print("conversation fuzz: seed \(seed), \(steps) lines (replay with OKR_COACH_SEED=\(seed))")
        // Memory-backed when the machine has it: thousands of saves, each flushed to disk, would be slow elsewhere.
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        let home = base.appendingPathComponent("okr-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let (coach, _) = try makeCoach(home: home)
        var lines = FuzzLines(seed: seed)
        var script: [String] = []

        for step in 0..<steps {
            let line = lines.next(for: coach)
            script.append(line)
            switch line {
            case FuzzLines.interrupt: _ = coach.interrupt()
            case FuzzLines.end: _ = coach.finish()
            default: _ = coach.handle(line)
            }
            let failure = checkInvariants(coach, home: home, undoRedo: lines.chance(0.05))
            if let failure {
                Issue.record("seed \(seed), step \(step): \(failure)\nlast lines:\n\(script.suffix(12).joined(separator: "\n"))")
                return
            }
        }
    }

    /// What is wrong after a line, or `nil`.
    private func checkInvariants(_ coach: Coach, home: URL, undoRedo: Bool) -> String? {
        guard let open = coach.current else { return nil }
        let session = open.session
        if let step = session.draft, step.place(in: session.objectives) == nil {
            return "the pending question \(step) points at nothing"
        }
        if let step = session.walk, !step.isAsked(in: session) { return "the walk's question \(step) points at nothing" }
        switch coach.pending {
        case .draft?, .walk?, nil:
            // Between short exchanges, the coach waits for the session's own question, the one saved with it.
            if coach.pending != Pending.resuming(session) { return "the coach waits for \(String(describing: coach.pending)), the session for \(session.walk.map { "\($0)" } ?? String(describing: session.draft))" }
        case .deletion?, .importConfirmation?, .kpiChoice?, .multiLine?, .practice?:
            break
        }
        guard !open.isReadOnly else { return nil }
        let file = home.appendingPathComponent("sessions").appendingPathComponent("\(session.name).json")
        guard let data = try? Data(contentsOf: file) else { return "\(file.path) cannot be read" }
        do {
            let saved = try SessionCoding.decode(data, file: file.path)
            if saved != session { return "the file differs from the session the coach holds" }
        } catch {
            return "the saved file does not decode: \(error)"
        }
        guard undoRedo, open.history.target(backward: true) != nil else { return nil }
        // Inside a multi-line answer, "/undo" is text being pasted.
        if case .multiLine? = coach.pending { return nil }
        _ = coach.handle("/undo")
        _ = coach.handle("/redo")
        guard var after = coach.current?.session else { return "undo and redo closed the session" }
        after.updatedAt = session.updatedAt
        return after == session ? nil : "/undo then /redo did not give back the same set"
    }
}

/// Lines a hurried person might type, chosen by a seeded generator, with a bias toward what the coach is
/// waiting for so conversations go deep.
struct FuzzLines {
    static let interrupt = "<Ctrl-C>"
    static let end = "<Ctrl-D>"
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// A number from 0 up to `bound`, the same sequence for the same seed everywhere.
    mutating func random(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }

    mutating func chance(_ probability: Double) -> Bool { Double(random(1_000_000)) < probability * 1_000_000 }

    private mutating func pick(_ options: [String]) -> String { options[random(options.count)] }

    private static let names = ["alpha", "beta", "café", "q1 plan", "team-2027"]
    private static let objectives = [
        "Delight our customers", "Make onboarding effortless for new teams", "Ship a reliable platform [committed]",
        "Grow revenue 40% in 2027", "Become the team people want to join", "A b c",
    ]
    private static let keyResults = [
        "Raise NPS from 45 to 70 by Q3", "Cut incidents by 50%", "Reduce first response time to 2 hours",
        "Launch a help center", "Grow weekly active teams from 300 to 500 (confidence 6/10)", "Hire 3 engineers",
        "Increase trial conversion from 4% to 7% by 2027-06-30", "Raise CSAT to 90%",
    ]
    private static let answers = [
        "", "ok", "yes", "no", "skip", "none", "10", "45%", "by end of Q3", "7", "1 3", "2", "2027-Q1", "Support",
        "done", "y", "keep", "hello", "0.7", "12 / 10", "\"\"\"", "52", "not yet", "40%", "skip", "stop", "keep", "drop",
        "change", "0.8 the launch slipped", "1.5", "$1.2M", "90 minutes",
    ]

    /// The next line, shaped by what the coach holds now.
    mutating func next(for coach: Coach) -> String {
        let objectives = coach.current?.session.objectives ?? []
        let ref: String = {
            guard !objectives.isEmpty else { return "O1" }
            let o = random(objectives.count + 1)
            let keyResults = o < objectives.count ? objectives[o].keyResults.count : 1
            return random(3) == 0 ? "O\(o + 1)" : "O\(o + 1).KR\(random(keyResults + 1) + 1)"
        }()
        switch random(100) {
        case 0..<3: return "/new \(pick(Self.names))"
        case 3..<7: return "/open \(pick(Self.names))"
        case 7..<8: return "/rename \(pick(Self.names))"
        case 8..<10: return "/delete \(pick(Self.names))"
        case 10..<15: return "/objective \(pick(Self.objectives))"
        case 15..<21: return "/kr \(pick(Self.keyResults))"
        case 21..<26: return "/delete \(ref)"
        case 26..<30: return "/move \(ref) \(random(2) == 0 ? "\(random(4) + 1)" : "O\(random(4) + 1)")"
        case 30..<34: return random(2) == 0 ? "/undo" : "/redo"
        case 34..<36: return "/kind \(ref) \(random(2) == 0 ? "committed" : "aspirational")"
        case 36..<38: return "/confidence \(ref) \(random(12))"
        case 38..<40: return "/edit \(ref) \(pick(Self.keyResults + Self.objectives))"
        case 40..<42: return "/suggest \(ref)"
        case 42..<44:
            return pick(["/list", "/check", "/why", "/sessions", "/save", "/help", "/kpis churn", "/grade", "/status", "/next-cycle next"])
        case 60..<64: return random(2) == 0 ? "/checkin" : "/checkin \(ref)"
        case 64..<66: return random(2) == 0 ? "/history \(ref)" : "/measure \(ref) \(pick(Measure.allCases.map(\.rawValue) + ["auto", "sideways"]))"
        case 44..<46: return Self.interrupt
        case 46..<47: return Self.end
        case 47..<60: return pick(Self.keyResults + Self.objectives)
        default: return pick(Self.answers)
        }
    }
}
