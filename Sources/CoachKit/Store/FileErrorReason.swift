import Foundation

/// The system's words for why reading or writing a file failed ("Permission denied", "Is a directory"), taken
/// from the POSIX error under Foundation's, so a person never reads "NSCocoaErrorDomain error 256".
public enum FileErrorReason {
    /// The reason for `error`; Foundation's own description only when no system error lies under it.
    public static func of(_ error: any Error) -> String {
        let wrapped = error as NSError
        let underlying = (wrapped.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
        let posix = wrapped.domain == NSPOSIXErrorDomain ? wrapped : underlying
        if let posix, posix.domain == NSPOSIXErrorDomain, let code = Int32(exactly: posix.code) {
            return PlainFile.reason(code)
        }
        return wrapped.localizedDescription
    }
}
