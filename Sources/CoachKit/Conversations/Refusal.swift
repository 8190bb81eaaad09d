/// Why a line's request could not be done, already in the coach's words; nothing was changed.
struct Refusal: Error {
    let reply: Reply
    /// Refused because the disk would not take the change (a script's exit status says so).
    var saveFailed = false

    /// The refusal as the answer to the line.
    var outcome: Outcome { Outcome([reply], saveFailed: saveFailed) }
}
