/// What `/editor` brought back: the answer written, or why there is none, so the coach can say what happened.
public enum EditorResult: Equatable, Sendable {
    /// The text saved in the editor, as one answer.
    case text(String)
    /// Neither `$VISUAL` nor `$EDITOR` is set.
    case notSet
    /// The editor ran and exited with a status other than 0 (or was ended by a signal, `status` being its number).
    case failed(command: String, status: Int32)
    /// The editor could not be started, or its file could not be made or read back; `reason` says which, in words.
    case couldNotRun(command: String, reason: String)
}
