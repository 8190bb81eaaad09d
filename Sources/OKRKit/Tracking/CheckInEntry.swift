/// Reads a check-in's value as a person types it, and records a check-in on a key result.
///
/// "52", "52%", "$1.2M", "1,200", "twelve" are numbers in the key result's unit ("90 minutes" is 1.5 when the
/// key result counts hours); a milestone takes "done", "not yet" or a percentage estimate ("40%").
public enum CheckInEntry {
    /// A value read from what was typed.
    public enum Value: Equatable, Sendable {
        case number(Double)
        /// A milestone that is done.
        case done
        /// A milestone not done, with an optional estimate of the share done (0 to 100).
        case notDone(percent: Double?)
    }

    /// Why a typed value was not taken.
    public enum Refusal: Error, Equatable, Sendable {
        /// No number in the text (or, for a milestone, no "done", "not yet" or percentage).
        case notAValue
        /// A milestone's percentage outside 0 to 100.
        case percentOutOfRange(Double)
        /// "done" on a key result that is not a milestone.
        case doneOnNumber
        /// Longer than the `ReadingLimit` a sentence is read to: a paste, not a value (its first number is not taken).
        case tooLong(limit: Int)
    }

    /// The words that mark a milestone done or not done.
    public static let doneWords: Set<String> = ["done", "yes", "complete", "completed", "finished", "shipped", "launched"]
    public static let notDoneWords: Set<String> = ["not yet", "not-yet", "no", "not done", "notyet"]

    /// Reads `text` as a value for a key result measured as `plan`.
    public static func value(_ text: String, plan: KeyResultPlan) -> Result<Value, Refusal> {
        if ReadingLimit.isExceeded(by: text) { return .failure(.tooLong(limit: ReadingLimit.characters)) }
        var typed = text.trimmingSpaces().lowercased()
        // "Done." and "not yet!" are the words themselves.
        while let last = typed.last, last == "." || last == "!" { typed.removeLast() }
        let isDone = doneWords.contains(typed), isNotDone = notDoneWords.contains(typed)
        guard plan.measure == .milestone else {
            if isDone || isNotDone { return .failure(.doneOnNumber) }
            if let unit = plan.unit, let per = TimeUnit.secondsPer[unit], per > 0, let seconds = TypedDuration.seconds(text) {
                return .success(.number(seconds / per))
            }
            guard let amount = KeyResultReader.quantities(in: text).first(where: \.isMeasure) else {
                return .failure(.notAValue)
            }
            return .success(.number(converted(amount, to: plan.unit)))
        }
        if isDone { return .success(.done) }
        if isNotDone { return .success(.notDone(percent: nil)) }
        guard let amount = KeyResultReader.quantities(in: text).first(where: \.isMeasure),
            amount.kind == .percent || amount.kind == .number
        else { return .failure(.notAValue) }
        guard (0...100).contains(amount.value) else { return .failure(.percentOutOfRange(amount.value)) }
        return .success(amount.value == 100 ? .done : .notDone(percent: amount.value))
    }

    /// A duration in the plan's time unit: "90 minutes" is 1.5 for a key result in hours.
    private static func converted(_ amount: Quantity, to unit: String?) -> Double {
        guard let seconds = amount.seconds, let unit, let per = TimeUnit.secondsPer[unit], per > 0 else { return amount.value }
        return seconds / per
    }

    /// The check-in for `value` on `date`.
    public static func checkIn(_ value: Value, on date: CalendarDay, confidence: Double?, note: String?) -> CheckIn {
        switch value {
        case .number(let number): CheckIn(date: date, value: number, confidence: confidence, note: note)
        case .done: CheckIn(date: date, value: 100, done: true, confidence: confidence, note: note)
        case .notDone(let percent): CheckIn(date: date, value: percent, done: false, confidence: confidence, note: note)
        }
    }

    /// Records `checkIn` on `keyResult`, keeping the check-ins in date order; a check-in on a day that already has
    /// one replaces it, and the one replaced is returned.
    @discardableResult
    public static func record(_ checkIn: CheckIn, on keyResult: inout KeyResult) -> CheckIn? {
        if let same = keyResult.checkIns.firstIndex(where: { $0.date == checkIn.date }) {
            let replaced = keyResult.checkIns[same]
            keyResult.checkIns[same] = checkIn
            return replaced
        }
        let place = keyResult.checkIns.firstIndex { $0.date > checkIn.date } ?? keyResult.checkIns.endIndex
        keyResult.checkIns.insert(checkIn, at: place)
        return nil
    }
}
