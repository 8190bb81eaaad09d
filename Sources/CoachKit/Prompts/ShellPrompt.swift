/// The words of the shell: banner, prompts, command help and answers, errors. In `prompts/shell.yaml`.
public enum ShellPrompt: String, CaseIterable, PromptKey {
    case banner, prompt, promptSession, goodbye, goodbyeWithUnsaved
    case freeTextNoSession, freeTextIdle
    case unknownCommand, missingArgument, unexpectedArgument
    case helpIntro, helpOutro, helpCommand
    case sessionCreated, alreadyOpen, sessionOpened, sessionOpenedReadOnly
    case sessionsEmpty, sessionsHeader, sessionsEntry, sessionsCurrentMarker
    case renamed, deleteConfirm, deleteCancelled, deleted, saved, noSessionOpen
    case errorInvalidName, errorNotFound, errorAlreadyExists, errorUnreadable, errorNewerVersion
    case errorLocked, errorReadOnly, errorIO, errorRead, errorNonCanonicalName, errorSymbolicLink, errorNotPlainFile
    case errorSaveFailed, saveFailedTooLarge, saveFailedDiskFull, saveFailedNotPermitted, saveFailedReadOnlyDisk
    case saveFailedOther, unsavedLinesHeader, unsavedLine, lineTooLong
    case editorFailed, editorNotRun
    case externalEditKept
    case nameEmpty, nameTooLong, nameTooManyBytes, nameForbiddenCharacter, nameInvisible, nameLeadingMark, nameEdge
    case nameDotsOnly

    public var path: String { "shell.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .banner: ["version"]
        case .promptSession, .goodbye, .alreadyOpen, .deleteConfirm, .deleteCancelled, .deleted,
            .errorAlreadyExists, .errorReadOnly:
            ["session"]
        case .goodbyeWithUnsaved: ["session", "count"]
        case .sessionOpened, .sessionOpenedReadOnly: ["session", "objectives", "keyResults"]
        case .unknownCommand: ["command", "suggestion"]
        case .missingArgument, .unexpectedArgument: ["usage"]
        case .helpCommand: ["usage", "summary", "help", "aliases"]
        case .sessionCreated, .saved: ["session", "path"]
        case .sessionsHeader: ["count"]
        case .sessionsEntry: ["objectives", "keyResults", "updated"]
        case .renamed: ["old", "session"]
        case .errorInvalidName: ["name", "problem"]
        case .errorNotFound: ["session", "suggestion"]
        case .errorUnreadable: ["file", "problem", "backup"]
        case .errorNewerVersion: ["file", "found", "supported"]
        case .errorLocked: ["session", "pid"]
        case .errorIO, .errorRead: ["path", "reason"]
        case .errorNonCanonicalName: ["file"]
        case .errorSymbolicLink, .errorNotPlainFile: ["path"]
        case .externalEditKept: ["session", "file", "copy", "copyName", "saved"]
        case .errorSaveFailed: ["session", "path", "reason"]
        case .saveFailedTooLarge, .saveFailedDiskFull, .saveFailedNotPermitted, .saveFailedReadOnlyDisk,
            .saveFailedOther:
            ["code", "reason"]
        case .unsavedLinesHeader: ["count"]
        case .unsavedLine: ["number", "text"]
        case .lineTooLong: ["line", "limit"]
        case .editorFailed: ["command", "status"]
        case .editorNotRun: ["command", "reason"]
        case .nameTooLong: ["count", "maximum"]
        case .nameTooManyBytes: ["bytes", "maximum"]
        case .nameForbiddenCharacter, .nameInvisible, .nameLeadingMark, .nameEdge: ["character"]
        case .prompt, .freeTextNoSession, .freeTextIdle, .helpIntro, .helpOutro, .sessionsEmpty,
            .sessionsCurrentMarker, .noSessionOpen, .nameEmpty, .nameDotsOnly:
            []
        }
    }
}
