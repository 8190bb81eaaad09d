import OKRKit

/// What the coach is waiting for: the one value that decides what the next line answers.
///
/// The guided draft's and the walks' questions are also saved with the session (`Session.draft`, `Session.walk`),
/// so they survive a restart; the short exchanges below last only while the coach runs, and when one ends the
/// session's question is pending again.
enum Pending: Equatable {
    /// The guided draft's question.
    case draft(DraftStep)
    /// A check-in or grading walk's question.
    case walk(WalkStep)
    /// `/delete NAME`, waiting for "yes".
    case deletion(SessionName)
    /// `/import FILE`, waiting for "yes" to add what it read.
    case importConfirmation(ImportedSet, file: String)
    /// KPIs offered by `/suggest`, waiting for the numbers to link.
    case kpiChoice([KPIChoice])
    /// A practice exercise, waiting for a better version (or `/hint`, `/skip`, `/quit`).
    case practice(PracticeStep)
    /// The lines of a multi-line answer typed so far, between two `"""` lines.
    case multiLine([String])

    /// The question a session leaves pending: a walk's, which was started over the draft, else its draft's.
    static func resuming(_ session: Session?) -> Pending? {
        session?.walk.map(Pending.walk) ?? session?.draft.map(Pending.draft)
    }
}
