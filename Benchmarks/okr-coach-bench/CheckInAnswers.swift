import CoachKit
import Foundation
import OKRKit

/// How long a `/checkin` answer takes to its reply, in process: a `Coach` over a store in a temporary directory,
/// a tracked session open (`TrackedSessions`: 13 weekly check-ins on every key result) and its walk under way.
/// Each answer saves the whole session, so the save is most of it.
enum CheckInAnswers {
    /// The figures on a session of 25 key results and on one of 1,000.
    static func figures() throws -> [Measure.Figure] {
        try [(5, 5, "25"), (200, 5, "1,000")].map { objectives, keyResultsEach, count in
            Measure.Figure(
                name: "/checkin answer to reply, \(count) KRs x 13 check-ins",
                value: try medianMilliseconds(objectives: objectives, keyResultsEach: keyResultsEach, answers: 60),
                unit: "ms", target: 5)
        }
    }

    /// The median time, in milliseconds, of `answers` value and confidence answers ("52", "7") on a session of
    /// `objectives` × `keyResultsEach` key results; the walk starts again when it ends.
    private static func medianMilliseconds(objectives: Int, keyResultsEach: Int, answers: Int) throws -> Double {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("okr-coach-bench-checkin-\(getpid())")
        try? FileManager.default.removeItem(at: home)
        defer { try? FileManager.default.removeItem(at: home) }
        let store = SessionStore(directory: DataDirectory(url: home))
        let session = TrackedSessions.sessions(1, objectives: objectives, keyResultsEach: keyResultsEach, weeks: 13)[0]
        try store.save(session, as: SessionName(session.name))
        // 2027-04-06, after the thirteenth check-in (April 2), so today's answers add a fourteenth.
        let today = Date(timeIntervalSince1970: 1_807_000_000)
        let coach = Coach(book: try PromptBook.defaults(), store: store, now: { today })
        _ = coach.handle("/open \(session.name)")
        _ = coach.handle("/checkin")

        var samples: [Double] = []
        var steps = 0
        while samples.count < answers {
            steps += 1
            guard steps < answers * 10 else { throw Stuck() }
            guard let step = coach.current?.session.walk else {
                _ = coach.handle("/checkin")
                continue
            }
            let answer: String
            switch step.question {
            case .value: answer = value(for: step, in: coach.current?.session)
            case .confidence: answer = "7"
            case .baseline: answer = "40"
            case .note: answer = "Pairing on the onboarding flow this week"
            case .score, .lookBack, .plan, .learned: answer = "skip"
            }
            let start = ContinuousClock.now
            _ = coach.handle(answer)
            let elapsed = ContinuousClock.now - start
            let moved = coach.current?.session.walk != step
            if !moved { _ = coach.handle("skip") }
            if moved, step.question == .value || step.question == .confidence {
                samples.append(Measure.milliseconds(elapsed))
            }
        }
        return Measure.median(samples)
    }

    /// "52", or "40%" for a milestone, which takes a share done.
    private static func value(for step: WalkStep, in session: Session?) -> String {
        let keyResult = session?.objectives.lazy.flatMap(\.keyResults).first { $0.id == step.keyResultID }
        let plan = keyResult.flatMap { try? KeyResultPlan.of($0, reading: KeyResultReader.read($0.text)).get() }
        return plan?.measure == .milestone ? "40%" : "52"
    }

    /// The walk stopped moving: an answer the coach keeps refusing.
    struct Stuck: Error {}
}
