/// Where one key result stands on a day: every figure the status card, `/grade` and `okr-coach status` show,
/// computed from its sentence and check-ins (never stored).
///
/// The formulas are the README's "Check-ins and grading" section; each property says which one it is.
public struct KeyResultProgress: Equatable, Sendable {
    /// The plan, or why there is none (a drafting gap: no baseline, no target, a target the wrong way).
    public var plan: Result<KeyResultPlan, KeyResultPlan.Problem>
    /// The first day of the span: the cycle's start, or the session's first day.
    public var start: CalendarDay
    /// The key result's own dated deadline when it has one after the start, else the cycle's end.
    public var end: CalendarDay?
    /// The check-ins on or before `today`, oldest first.
    public var checkIns: [CheckIn]
    /// The latest check-in's value (for a milestone, its percentage).
    public var current: Double?
    /// `(current − baseline) / (target − baseline)`, unclamped; `nil` for a level or without a plan or value.
    public var rawProgress: Double?
    /// `rawProgress` clamped to 0...1; a level: 1 while it holds; a milestone: 1 when done, else its percentage.
    public var progress: Double
    /// The share of the span gone by `today`, 0...1; `nil` without an end.
    public var expected: Double?
    public var status: TrackingStatus
    /// The latest confidence stated (a check-in's, else the key result's own).
    public var confidence: Double?
    /// The latest check-in's confidence minus the one before it, when both were stated.
    public var confidenceChange: Double?
    /// Confidence of 7 or more while the pace says at risk, or 3 or less while it says on track.
    public var divergent: Bool
    /// A check-in is due: the last is 7 or more days old, or there is none and the span has begun.
    public var due: Bool
    /// The last check-in is more than 10 days old (or there is none, 10 days into the span).
    public var stale: Bool
    public var forecast: Forecast?
    /// The forecast falls short of success: below 0.7 aspirational, below 1.0 committed.
    public var trendingOff: Bool
    /// Progress points a week needed from here to reach the target; `nil` at or past the end.
    public var neededPerWeek: Double?
    /// The computed score: progress to two decimals; a level: the share of check-ins that held it.
    public var score: Double
    /// The score the person gave, which wins.
    public var givenScore: GivenScore?

    /// The score that counts: the given one, else the computed one.
    public var finalScore: Double { givenScore?.score ?? score }

    /// The pace gap is judged only once this share of the span has passed.
    public static let earliestJudgement = 0.15
    /// Gaps (expected − progress) up to which a key result is on track, then behind; beyond, at risk.
    public static let onTrackGap = 0.10, behindGap = 0.25
    /// Days after which a check-in is due, and after which it is stale.
    public static let dueAfterDays = 7, staleAfterDays = 10

    /// Computes everything for `keyResult` (of an objective of `kind`), read as `reading`, on `today`.
    public init(
        keyResult: KeyResult, kind: ObjectiveKind, reading: Reading, start: CalendarDay, cycleEnd: CalendarDay?,
        today: CalendarDay
    ) {
        plan = KeyResultPlan.of(keyResult, reading: reading)
        self.start = start
        let ownEnd = reading.deadline.flatMap { DeadlineDay.resolve($0, start: start, cycleEnd: cycleEnd) }
        end = ownEnd.flatMap { $0 > start ? $0 : nil } ?? cycleEnd
        let checkIns = keyResult.checkIns.filter { $0.date <= today }
        self.checkIns = checkIns
        let latest = checkIns.last
        current = latest?.value
        givenScore = keyResult.givenScore

        let plan = try? self.plan.get()
        rawProgress = plan.flatMap { plan in latest.flatMap { Self.raw($0, plan) } }
        let progress = plan.map { plan in latest.map { Self.progress($0, plan) } ?? 0 } ?? 0
        self.progress = progress
        let expected = end.map { Self.expected(today: today, start: start, end: $0) }
        self.expected = expected

        let confidence = checkIns.compactMap(\.confidence).last ?? keyResult.confidence
        self.confidence = confidence
        confidenceChange = checkIns.count >= 2 ? checkIns.last?.confidence.flatMap { last in
            checkIns[checkIns.count - 2].confidence.map { last - $0 }
        } : nil

        let holds = plan.flatMap { plan in latest.flatMap { Self.holds($0, plan) } }
        let pace = Self.pace(progress: progress, expected: expected, holds: holds)
        let reached = plan.map { $0.measure.isLevel } == true
            ? holds == true && end.map { today >= $0 } == true
            : progress >= 1
        let status: TrackingStatus =
            latest == nil || plan == nil ? .pending : reached ? .achieved : Self.worsened(pace, confidence: confidence)
        self.status = status
        divergent = status != .pending && status != .achieved && confidence.map { confidence in
            (confidence >= 7 && pace == .atRisk) || (confidence <= 3 && pace == .onTrack)
        } == true

        let quiet = latest.map { $0.date.days(to: today) } ?? (today >= start ? start.days(to: today) : nil)
        let open = status != .achieved && end.map { today <= $0 } != false && today >= start
        due = open && (latest == nil || quiet.map { $0 >= Self.dueAfterDays } == true)
        stale = open && quiet.map { $0 > Self.staleAfterDays } == true

        let forecast: Forecast?
        if let plan, !plan.measure.isLevel, let end {
            // The span starts at 0: a check-in dated before it (a baseline noted early) is not on the line.
            var points = [(day: start, raw: 0.0)]
            for checkIn in checkIns where checkIn.date >= start {
                guard let raw = Self.raw(checkIn, plan) else { continue }
                if points.last?.day == checkIn.date { points.removeLast() }
                points.append((checkIn.date, raw))
            }
            forecast = Forecast(points: points, end: end)
            let daysLeft = today.days(to: end)
            neededPerWeek = daysLeft > 0 && progress < 1 ? (1 - progress) / Double(daysLeft) * 7 : nil
        } else {
            forecast = nil
            neededPerWeek = nil
        }
        self.forecast = forecast
        trendingOff = status != .achieved && forecast.map { $0.atEnd < (kind == .committed ? 1.0 : 0.7) } == true

        if let plan, plan.measure.isLevel {
            let held = checkIns.filter { Self.holds($0, plan) == true }.count
            score = checkIns.isEmpty ? 0 : Self.twoDecimals(Double(held) / Double(checkIns.count))
        } else {
            score = Self.twoDecimals(progress)
        }
    }

    /// `(value − baseline) / (target − baseline)` for a move, a milestone's share done; `nil` for a level.
    public static func raw(_ checkIn: CheckIn, _ plan: KeyResultPlan) -> Double? {
        switch plan.measure {
        case .atLeast, .atMost: return nil
        case .milestone: return checkIn.done == true ? 1 : (checkIn.value ?? 0) / 100
        case .increase, .decrease, .achieve:
            guard let value = checkIn.value, let baseline = plan.baseline, let target = plan.target, target != baseline
            else { return nil }
            return (value - baseline) / (target - baseline)
        }
    }

    /// Progress of one check-in: raw progress clamped to 0...1, or 1 or 0 for a level that holds or not.
    public static func progress(_ checkIn: CheckIn, _ plan: KeyResultPlan) -> Double {
        if let holds = holds(checkIn, plan) { return holds ? 1 : 0 }
        return min(max(raw(checkIn, plan) ?? 0, 0), 1)
    }

    /// Whether a level holds on a check-in, inclusive ("at least 99.9%" holds at 99.9); `nil` for other measures.
    public static func holds(_ checkIn: CheckIn, _ plan: KeyResultPlan) -> Bool? {
        guard plan.measure.isLevel, let value = checkIn.value, let level = plan.target else { return nil }
        return plan.measure == .atLeast ? value >= level : value <= level
    }

    /// `(today − start) / (end − start)` clamped to 0...1; a span of one day is 1 from its end.
    public static func expected(today: CalendarDay, start: CalendarDay, end: CalendarDay) -> Double {
        let span = start.days(to: end)
        guard span > 0 else { return today >= end ? 1 : 0 }
        return min(max(Double(start.days(to: today)) / Double(span), 0), 1)
    }

    /// The status the numbers alone give: a level by whether it holds, else by the gap to the plan.
    static func pace(progress: Double, expected: Double?, holds: Bool?) -> TrackingStatus {
        if let holds { return holds ? .onTrack : .atRisk }
        guard let expected, expected >= earliestJudgement - tolerance else { return .onTrack }
        let gap = expected - progress
        if gap <= onTrackGap + tolerance { return .onTrack }
        return gap <= behindGap + tolerance ? .behind : .atRisk
    }

    /// Confidence only makes a status worse: 3 or less is at risk, 4 at least behind.
    static func worsened(_ pace: TrackingStatus, confidence: Double?) -> TrackingStatus {
        guard let confidence else { return pace }
        let floor: TrackingStatus = confidence <= 3 ? .atRisk : confidence <= 4 ? .behind : .onTrack
        return floor.concern > pace.concern ? floor : pace
    }

    /// Boundaries are inclusive as written: a gap of 0.10 that floating point makes 0.1000000000000001 is on track.
    private static let tolerance = 1e-9

    /// Rounded to two decimals, half up as a person rounds: 0.285 (stored as 0.28499999…) is 0.29. Scores are never
    /// negative.
    static func twoDecimals(_ value: Double) -> Double { (value * 100 + tolerance).rounded() / 100 }
}
