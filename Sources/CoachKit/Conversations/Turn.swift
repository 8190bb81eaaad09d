import Foundation
import OKRKit

/// One step of a conversation: the session after it, what the coach says, and the question it leaves pending.
///
/// Conversations are pure: they take a turn holding the session as it was and change it; the coach saves the
/// session, shows the replies and remembers the findings.
struct Turn {
    /// The session after the step; its `draft` is the guided draft's next question, saved with it.
    var session: Session
    /// The objective in focus after the step: the one "KR2" and `/kr` refer to.
    var focus: Int?
    /// What the coach says, in order.
    var replies: [Reply] = []
    /// The findings (and score) behind the feedback said, for `/why`; `nil` when nothing was judged.
    var judged: Judgement?

    /// The guided draft's pending question, saved with the session so a reopened session resumes it.
    var next: DraftStep? {
        get { session.draft }
        set { session.draft = newValue }
    }

    /// Appends replies.
    mutating func say(_ more: [Reply]) { replies += more }
    mutating func say(_ reply: Reply) { replies.append(reply) }
}
