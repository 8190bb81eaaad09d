import OKRKit

/// Check-in figures as the coach says them: values in the key result's unit, shares as percentages.
enum TrackingWords {
    /// A value in `unit`, to two decimals at most: "52%", "$1,200,000", "1.5 hours".
    static func number(_ value: Double, unit: String?) -> String {
        PlainNumber.text((value * 100).rounded() / 100, unit: unit)
    }

    /// A share of the way as a whole percentage: 0.456 is "46%".
    static func percent(_ share: Double) -> String {
        share.isFinite ? "\(Int((share * 100).rounded()))%" : "–"
    }

    /// A check-in's value: a number in the plan's unit, or for a milestone "done", "40% done" or "not done".
    static func value(of checkIn: CheckIn, plan: KeyResultPlan?, book: PromptBook) -> String {
        value(of: checkIn, plan: plan) { book.text($0, $1) }
    }

    /// `value(of:plan:book:)` with the words from `renderer`, which keeps them parsed for the next check-in (a
    /// handout says thousands).
    static func value(of checkIn: CheckIn, plan: KeyResultPlan?, renderer: inout PromptRenderer) -> String {
        value(of: checkIn, plan: plan) { renderer.text($0, PromptValues($1)) }
    }

    private static func value(
        of checkIn: CheckIn, plan: KeyResultPlan?, words: (TrackingWordPrompt, [String: String]) -> String
    ) -> String {
        if checkIn.done == true { return words(.done, [:]) }
        if checkIn.done == false || plan?.measure == .milestone {
            guard let share = checkIn.value, share > 0 else { return words(.notDone, [:]) }
            return words(.shareDone, ["share": PlainNumber.text(share, unit: "%")])
        }
        return checkIn.value.map { number($0, unit: plan?.unit) } ?? ""
    }
}
