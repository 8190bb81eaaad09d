import OKRKit

/// One check-in asked for from the command line (`okr-coach checkin SESSION REF VALUE`): applied to a session it
/// gives the session with the check-in recorded and the line to print, or the reason it was refused, in the
/// coach's words. Nothing is changed when it is refused.
public struct CheckInRequest: Sendable {
    /// The key result, as typed: "O1.KR2", "1.2".
    public var ref: String
    /// The value as typed: "52", "52%", "$1.2M", "done", "not-yet", "40%".
    public var value: String
    /// 0 to 10, checked by the caller.
    public var confidence: Double?
    /// What changed, or what help is needed; `nil` for none.
    public var note: String?
    /// The day the value was true.
    public var date: CalendarDay

    /// A request as typed on the command line.
    public init(ref: String, value: String, confidence: Double?, note: String?, date: CalendarDay) {
        self.ref = ref
        self.value = value
        self.confidence = confidence
        self.note = note
        self.date = date
    }

    /// A check-in taken: the session to save, and what to say.
    public struct Recorded: Sendable {
        /// The session with the check-in recorded, to save.
        public var session: Session
        /// "O1.KR2: recorded 52 on 2027-02-15, confidence 6; now on track."
        public var message: String
        /// The key result's status on the check-in's day.
        public var status: TrackingStatus
        /// Whether it replaced a check-in of the same day.
        public var replaced: Bool
    }

    /// A check-in refused, with the reason to print.
    public struct Refused: Error, Sendable {
        public var message: String
    }

    /// Records the check-in on `session` (one per key result per day: a second one that day replaces the first).
    public func apply(to session: Session, book: PromptBook) -> Result<Recorded, Refused> {
        func refuse(_ key: StatusPrompt, _ values: [String: String]) -> Result<Recorded, Refused> {
            .failure(Refused(message: book.text(key, values)))
        }
        guard case .keyResult(let o, let k)? = Reference.parse(ref, current: nil),
            Reference.keyResult(o, k).exists(in: session.objectives)
        else {
            return refuse(.noSuchKeyResult, [
                "ref": ref, "session": session.name, "count": book.count(session.keyResultCount, .keyResult),
            ])
        }
        let shown = Reference.keyResult(o, k).description
        var keyResult = session.objectives[o].keyResults[k]
        let plan: KeyResultPlan
        switch KeyResultPlan.of(keyResult, reading: KeyResultReader.read(keyResult.text)) {
        case .success(let found): plan = found
        case .failure(.noBaseline):
            return refuse(.noBaseline, ["ref": shown, "text": keyResult.text, "session": session.name])
        case .failure(let problem):
            var renderer = PromptRenderer(book: book)
            let why = StatusCard.KeyResultCard.untracked(problem, ref: shown, renderer: &renderer)
            return refuse(.untracked, ["ref": shown, "problem": why])
        }
        let read: CheckInEntry.Value
        switch CheckInEntry.value(value, plan: plan) {
        case .success(let found): read = found
        case .failure(.notAValue) where plan.measure == .milestone:
            return refuse(.notAMilestoneValue, ["ref": shown, "value": value])
        case .failure(.notAValue):
            return refuse(.notAValue, ["ref": shown, "value": value, "text": keyResult.text, "unit": plan.unit ?? ""])
        case .failure(.doneOnNumber):
            return refuse(.doneOnNumber, ["ref": shown, "value": value, "text": keyResult.text])
        case .failure(.tooLong(let limit)):
            return refuse(.valueTooLong, ["ref": shown, "limit": PlainNumber.text(Double(limit))])
        case .failure(.percentOutOfRange(let percent)):
            return refuse(.percentOutOfRange, ["ref": shown, "percent": PlainNumber.text(percent)])
        }
        let checkIn = CheckInEntry.checkIn(read, on: date, confidence: confidence, note: note)
        let previous = CheckInEntry.record(checkIn, on: &keyResult)
        var changed = session
        changed.objectives[o].keyResults[k] = keyResult
        let status = SessionStatus(changed, today: date).report.objectives[o].keyResults[k].status
        var values: [String: String] = [
            "ref": shown, "value": TrackingWords.value(of: checkIn, plan: plan, book: book), "date": date.description,
            "confidence": confidence.map { PlainNumber.text($0) } ?? "", "status": book.text(StatusPrompt(status)),
        ]
        if let previous { values["previous"] = TrackingWords.value(of: previous, plan: plan, book: book) }
        let message = book.text(previous == nil ? StatusPrompt.recorded : .replaced, values)
        return .success(Recorded(session: changed, message: message, status: status, replaced: previous != nil))
    }
}
