import OKRKit

/// What the coach is waiting for: the one value that decides what the next line answers.
///
/// The guided draft's question is also saved with the session (`Session.draft`), so it survives a restart; the
/// short exchanges below last only while the coach runs, and when one ends the session's question is pending again.
enum Pending: Equatable {
    /// The guided draft's question.
    case draft(DraftStep)
    /// `/delete NAME`, waiting for "yes".
    case deletion(SessionName)
    /// KPIs offered by `/suggest`, waiting for the numbers to link.
    case kpiChoice([KPIChoice])
    /// The lines of a multi-line answer typed so far, between two `"""` lines.
    case multiLine([String])

    /// The question a session leaves pending: its draft's, if any.
    static func resuming(_ session: Session?) -> Pending? {
        session?.draft.map(Pending.draft)
    }
}
