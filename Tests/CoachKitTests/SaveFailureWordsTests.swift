@testable import CoachKit
import Foundation
import OKRKit
import Testing

/// Each reason the system gives for refusing a save, in the coach's words; the change is not made and no file
/// changes, the backup included.
@Suite struct SaveFailureWordsTests {
    @Test(arguments: [
        (ENOSPC, "the disk is full (ENOSPC)"),
        (EDQUOT, "the disk is full (EDQUOT)"),
        (EFBIG, "the file would exceed the size limit this process may write (EFBIG; see ulimit -f)"),
        (EACCES, "permission denied (EACCES): the sessions folder is not writable"),
        (EROFS, "the disk is read-only (EROFS)"),
        (EIO, "Input/output error (EIO)"),
    ])
    func aRefusedSaveSaysWhyAndChangesNothing(code: Int32, reason: String) throws {
        let (healthy, home) = try makeCoach()
        _ = healthy.handle("/new team")
        _ = healthy.handle("/objective Make our support the reason customers stay")
        _ = healthy.handle("/quit")
        let store = SessionStore(directory: DataDirectory(url: home), writer: AtomicFile(beforeRename: {
            throw AtomicFile.WriteError(path: "/disk", code: code)
        }))
        let files = try Self.contents(of: store.directory.sessions)
        let coach = Coach(book: try sharedBook.get(), store: store, catalog: { sharedCatalog })
        _ = coach.openSession("team")

        let outcome = coach.handle("/objective Become the team customers brag about")
        #expect(outcome.saveFailed)
        #expect(outcome.replies == [.error(
            "Could not save 'team': \(reason); nothing was changed on disk and this change was not made (/disk). "
                + "Make room or fix the cause, then try again.")])
        #expect(coach.current?.session.objectives.count == 1, "the change was not made")
        #expect(try Self.contents(of: store.directory.sessions) == files, "the file and its backup are as they were")
        #expect(!coach.handle("/list").saveFailed, "what changes nothing cannot fail to save")
    }

    /// Every file in a folder but lock files, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasSuffix(".lock") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
