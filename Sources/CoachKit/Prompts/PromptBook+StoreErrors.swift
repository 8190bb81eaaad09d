import Foundation

/// Store errors in the coach's words: one wording for the coach, `okr-coach check` and `okr-coach sessions`.
extension PromptBook {
    /// What went wrong, for a person; a missing session is named without a suggestion (the coach adds one).
    public func describe(_ error: StoreError) -> String {
        switch error {
        case .invalidName(let raw, let problem):
            // Forty scalars, not characters: one letter can carry hundreds of combining marks.
            let scalars = raw.unicodeScalars
            let shown = String(String.UnicodeScalarView(scalars.prefix(40))) + (scalars.count > 40 ? "…" : "")
            return text(ShellPrompt.errorInvalidName, ["name": shown, "problem": describe(problem)])
        case .notFound(let name):
            return text(ShellPrompt.errorNotFound, ["session": name, "suggestion": ""])
        case .alreadyExists(let name):
            return text(ShellPrompt.errorAlreadyExists, ["session": name])
        case .unreadable(let file, let problem, let backup):
            return text(ShellPrompt.errorUnreadable, ["file": file, "problem": problem, "backup": backup ?? ""])
        case .newerVersion(let file, let found, let supported):
            return text(ShellPrompt.errorNewerVersion, [
                "file": file, "found": "\(found)", "supported": "\(supported)",
            ])
        case .locked(let name, let pid):
            return text(ShellPrompt.errorLocked, ["session": name, "pid": pid.map(String.init) ?? ""])
        case .readOnly(let name):
            return text(ShellPrompt.errorReadOnly, ["session": name])
        case .io(let path, let reason):
            return text(ShellPrompt.errorIO, ["path": path, "reason": reason])
        case .readFailed(let path, let reason):
            return text(ShellPrompt.errorRead, ["path": path, "reason": reason])
        case .nonCanonicalName(let file):
            return text(ShellPrompt.errorNonCanonicalName, ["file": file])
        case .symbolicLink(let path):
            return text(ShellPrompt.errorSymbolicLink, ["path": path])
        case .notPlainFile(let path):
            return text(ShellPrompt.errorNotPlainFile, ["path": path])
        case .saveFailed(let session, let path, let code):
            return text(ShellPrompt.errorSaveFailed, ["session": session, "path": path, "reason": saveFailure(code)])
        }
    }

    /// Why the system refused a save, in words, from its `errno`: a size limit, a full disk, permissions.
    private func saveFailure(_ code: Int32) -> String {
        let values = ["code": SystemErrorName.of(code), "reason": PlainFile.reason(code)]
        switch code {
        case EFBIG: return text(ShellPrompt.saveFailedTooLarge, values)
        case ENOSPC, EDQUOT: return text(ShellPrompt.saveFailedDiskFull, values)
        case EACCES, EPERM: return text(ShellPrompt.saveFailedNotPermitted, values)
        case EROFS: return text(ShellPrompt.saveFailedReadOnlyDisk, values)
        default: return text(ShellPrompt.saveFailedOther, values)
        }
    }

    /// Why a name cannot be a session name.
    func describe(_ problem: SessionName.Problem) -> String {
        switch problem {
        case .empty: text(ShellPrompt.nameEmpty)
        case .tooLong(let count):
            text(ShellPrompt.nameTooLong, ["count": "\(count)", "maximum": "\(SessionName.maximumLength)"])
        case .tooManyBytes(let bytes):
            text(ShellPrompt.nameTooManyBytes, ["bytes": "\(bytes)", "maximum": "\(SessionName.maximumBytes)"])
        case .forbiddenCharacter(let character):
            text(ShellPrompt.nameForbiddenCharacter, ["character": character.visible])
        case .invisibleCharacter(let scalar):
            text(ShellPrompt.nameInvisible, ["character": scalar.codePoint])
        case .leadingMark(let scalar):
            text(ShellPrompt.nameLeadingMark, ["character": scalar.codePoint])
        case .leadingOrTrailing(let character):
            text(ShellPrompt.nameEdge, ["character": character.visible])
        case .dotsOnly: text(ShellPrompt.nameDotsOnly)
        }
    }
}

extension Character {
    /// The character as it can be shown in a message: control and invisible characters as U+XXXX.
    var visible: String {
        if let scalar = unicodeScalars.first, unicodeScalars.count == 1,
            scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
        {
            return scalar.codePoint
        }
        return "\"\(self)\""
    }
}

extension Unicode.Scalar {
    /// "U+200D".
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
