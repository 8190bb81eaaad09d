/// Where a practice run stands: the exercise shown, what was said of it so far, and what the run covers.
struct PracticeStep: Equatable {
    /// The exercise's id.
    var exercise: String
    /// Answers given to it in this run.
    var answers = 0
    /// The last answer given to it, which `/hint` is about.
    var last: String?
    /// Hints shown for it.
    var hints = 0
    /// The topic practised, or `nil` for the whole course.
    var topic: String?
    /// Exercises finished or skipped in this run, not offered again in it.
    var done: [String] = []
    /// Shuffles exercises of equal weight reproducibly.
    var seed: UInt64?
}
