/// Where a whole set stands on a day: each objective's key results, scores, and the totals.
public struct ProgressReport: Equatable, Sendable {
    public var today: CalendarDay
    public var start: CalendarDay
    public var objectives: [ObjectiveProgress]

    /// One objective's key results and its scores.
    public struct ObjectiveProgress: Equatable, Sendable {
        public var objective: Objective
        public var keyResults: [KeyResultProgress]

        /// An objective's figures, computed by the caller.
        public init(objective: Objective, keyResults: [KeyResultProgress]) {
            self.objective = objective
            self.keyResults = keyResults
        }
        /// The mean of its key results' progress; 0 without key results.
        public var progress: Double { Self.mean(keyResults.map(\.progress)) ?? 0 }
        /// The mean of its key results' final scores; `nil` without key results.
        public var score: Double? { Self.mean(keyResults.map(\.finalScore)).map(KeyResultProgress.twoDecimals) }

        static func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
    }

    /// How many key results are in each state; a key result is counted once by status, and again if due or stale.
    public struct Summary: Equatable, Sendable {
        public var achieved = 0, onTrack = 0, behind = 0, atRisk = 0, pending = 0, due = 0, stale = 0
    }

    /// A report from figures already computed (a caller that read the sentences for another purpose first).
    public init(today: CalendarDay, start: CalendarDay, objectives: [ObjectiveProgress]) {
        self.today = today
        self.start = start
        self.objectives = objectives
    }

    /// Reads every key result of `session` once and computes its progress on `today`. `firstDay` is the session's
    /// first day, the start when it has no cycle.
    public init(session: Session, firstDay: CalendarDay, today: CalendarDay) {
        self.today = today
        start = Self.start(of: session, firstDay: firstDay)
        objectives = session.objectives.map { Self.progress(of: $0, in: session, firstDay: firstDay, today: today) }
    }

    /// Where a session's span starts: its cycle's first day, else the session's own first day.
    public static func start(of session: Session, firstDay: CalendarDay) -> CalendarDay {
        session.cycle?.start ?? firstDay
    }

    /// One objective of `session`, its key results each read once, on `today`: what grading one objective needs of
    /// a big set.
    public static func progress(
        of objective: Objective, in session: Session, firstDay: CalendarDay, today: CalendarDay
    ) -> ObjectiveProgress {
        ObjectiveProgress(
            objective: objective,
            keyResults: objective.keyResults.map {
                progress(of: $0, of: objective, in: session, firstDay: firstDay, today: today)
            })
    }

    /// One key result of `objective` in `session`, read once, on `today`: what a check-in answer needs.
    public static func progress(
        of keyResult: KeyResult, of objective: Objective, in session: Session, firstDay: CalendarDay, today: CalendarDay
    ) -> KeyResultProgress {
        KeyResultProgress(
            keyResult: keyResult, kind: objective.kind, reading: KeyResultReader.read(keyResult.text),
            start: start(of: session, firstDay: firstDay), cycleEnd: session.cycle?.end, today: today)
    }

    /// The mean of the objectives' scores (objectives without key results left out); `nil` with none.
    public var score: Double? {
        ObjectiveProgress.mean(objectives.compactMap(\.score)).map(KeyResultProgress.twoDecimals)
    }

    /// What the set's score says about its targets; `nil` without a score.
    public var verdict: SetVerdict? { score.map(SetVerdict.init) }

    public var summary: Summary {
        var summary = Summary()
        for keyResult in objectives.lazy.flatMap(\.keyResults) {
            switch keyResult.status {
            case .achieved: summary.achieved += 1
            case .onTrack: summary.onTrack += 1
            case .behind: summary.behind += 1
            case .atRisk: summary.atRisk += 1
            case .pending: summary.pending += 1
            }
            if keyResult.due { summary.due += 1 }
            if keyResult.stale { summary.stale += 1 }
        }
        return summary
    }
}
