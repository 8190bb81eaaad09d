/// Why a line's request could not be done, already in the coach's words; nothing was changed.
struct Refusal: Error {
    let replies: [Reply]
    /// Refused because the disk would not take the change (a script's exit status says so).
    var saveFailed = false

    /// A refusal in one reply.
    init(reply: Reply, saveFailed: Bool = false) {
        self.init(replies: [reply], saveFailed: saveFailed)
    }

    /// A refusal in several replies: the reason, then the question asked again.
    init(replies: [Reply], saveFailed: Bool = false) {
        self.replies = replies
        self.saveFailed = saveFailed
    }

    /// The refusal as the answer to the line.
    var outcome: Outcome { Outcome(replies, saveFailed: saveFailed) }
}
