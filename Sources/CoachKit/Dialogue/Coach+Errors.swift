import Foundation

/// Store errors in the coach's words.
extension Coach {
    func describe(_ error: StoreError) -> String {
        switch error {
        case .invalidName(let raw, let problem):
            // Forty scalars, not characters: one letter can carry hundreds of combining marks.
            let scalars = raw.unicodeScalars
            let shown = String(String.UnicodeScalarView(scalars.prefix(40))) + (scalars.count > 40 ? "…" : "")
            return book.text(ShellPrompt.errorInvalidName, ["name": shown, "problem": describe(problem)])
        case .notFound(let name):
            return notFound(name)
        case .alreadyExists(let name):
            return book.text(ShellPrompt.errorAlreadyExists, ["session": name])
        case .unreadable(let file, let problem, let backup):
            return book.text(ShellPrompt.errorUnreadable, ["file": file, "problem": problem, "backup": backup ?? ""])
        case .newerVersion(let file, let found, let supported):
            return book.text(ShellPrompt.errorNewerVersion, [
                "file": file, "found": "\(found)", "supported": "\(supported)",
            ])
        case .locked(let name, let pid):
            return book.text(ShellPrompt.errorLocked, ["session": name, "pid": pid.map(String.init) ?? ""])
        case .readOnly(let name):
            return book.text(ShellPrompt.errorReadOnly, ["session": name])
        case .io(let path, let reason):
            return book.text(ShellPrompt.errorIO, ["path": path, "reason": reason])
        case .readFailed(let path, let reason):
            return book.text(ShellPrompt.errorRead, ["path": path, "reason": reason])
        case .nonCanonicalName(let file):
            return book.text(ShellPrompt.errorNonCanonicalName, ["file": file])
        case .symbolicLink(let path):
            return book.text(ShellPrompt.errorSymbolicLink, ["path": path])
        case .notPlainFile(let path):
            return book.text(ShellPrompt.errorNotPlainFile, ["path": path])
        case .saveFailed(let session, let path, let code):
            return book.text(ShellPrompt.errorSaveFailed, ["session": session, "path": path, "reason": saveFailure(code)])
        }
    }

    /// Why the system refused a save, in words, from its `errno`: a size limit, a full disk, permissions.
    func saveFailure(_ code: Int32) -> String {
        let values = ["code": SystemErrorName.of(code), "reason": String(cString: strerror(code))]
        switch code {
        case EFBIG: return book.text(ShellPrompt.saveFailedTooLarge, values)
        case ENOSPC, EDQUOT: return book.text(ShellPrompt.saveFailedDiskFull, values)
        case EACCES, EPERM: return book.text(ShellPrompt.saveFailedNotPermitted, values)
        case EROFS: return book.text(ShellPrompt.saveFailedReadOnlyDisk, values)
        default: return book.text(ShellPrompt.saveFailedOther, values)
        }
    }

    func describe(_ problem: SessionName.Problem) -> String {
        switch problem {
        case .empty: book.text(ShellPrompt.nameEmpty)
        case .tooLong(let count):
            book.text(ShellPrompt.nameTooLong, ["count": "\(count)", "maximum": "\(SessionName.maximumLength)"])
        case .tooManyBytes(let bytes):
            book.text(ShellPrompt.nameTooManyBytes, ["bytes": "\(bytes)", "maximum": "\(SessionName.maximumBytes)"])
        case .forbiddenCharacter(let character):
            book.text(ShellPrompt.nameForbiddenCharacter, ["character": character.visible])
        case .invisibleCharacter(let scalar):
            book.text(ShellPrompt.nameInvisible, ["character": scalar.codePoint])
        case .leadingMark(let scalar):
            book.text(ShellPrompt.nameLeadingMark, ["character": scalar.codePoint])
        case .leadingOrTrailing(let character):
            book.text(ShellPrompt.nameEdge, ["character": character.visible])
        case .dotsOnly: book.text(ShellPrompt.nameDotsOnly)
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
