import Foundation

/// The symbolic name of a system error number, as people search for it: `ENOSPC`, `EFBIG`.
enum SystemErrorName {
    /// "EFBIG" for `EFBIG`; "errno 71" for a number without a name here.
    static func of(_ code: Int32) -> String {
        switch code {
        case EFBIG: "EFBIG"
        case ENOSPC: "ENOSPC"
        case EDQUOT: "EDQUOT"
        case EACCES: "EACCES"
        case EPERM: "EPERM"
        case EROFS: "EROFS"
        case EIO: "EIO"
        case ENOENT: "ENOENT"
        case ENOTDIR: "ENOTDIR"
        case EISDIR: "EISDIR"
        case EMFILE: "EMFILE"
        case ENAMETOOLONG: "ENAMETOOLONG"
        case EEXIST: "EEXIST"
        case ELOOP: "ELOOP"
        case EXDEV: "EXDEV"
        case ENFILE: "ENFILE"
        default: "errno \(code)"
        }
    }
}
