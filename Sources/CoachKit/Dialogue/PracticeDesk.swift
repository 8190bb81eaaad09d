import Foundation
import OKRKit

/// The practice course's state while the coach runs: the bank, the progress and whether it can be saved.
///
/// Progress is read on the first `/practice`. A file that cannot be read is left as it is and practice goes on
/// without saving; the person is told once.
final class PracticeDesk {
    let store: PracticeStore
    /// The bank to practise from; `nil` loads the built-in one (or a prompts directory's) when first needed.
    var bank: PracticeBank?
    /// The progress as of now.
    private(set) var progress = PracticeProgress()
    /// Whether the progress was read (or found unreadable).
    private var loaded = false
    /// `false` once the file could not be read or written: nothing more is written this run.
    private var saving = true
    /// The `okr-coach practice` command: the program ends with the run.
    var exitsWhenOver = false
    /// Exercises of equal weight are shuffled by this seed (`--seed`).
    var seed: UInt64?
    /// The guided draft offered an exercise in this run (once per run, never more).
    var draftOffered = false
    /// How often each rule's finding appeared in the guided draft's feedback this run.
    var sightings: [String: Int] = [:]

    /// A rule's findings seen in this many draft answers bring the offer of an exercise.
    static let sightingsBeforeOffer = 3

    init(store: PracticeStore) {
        self.store = store
    }

    /// Reads the progress once; answers the warning when the file cannot be read.
    func load(_ book: PromptBook) -> [Reply] {
        guard !loaded else { return [] }
        loaded = true
        do {
            progress = try store.load()
            return []
        } catch {
            saving = false
            let problem = switch error.problem {
            case .notProgress: book.text(CoursePrompt.problemNotProgress)
            case .newer(let found):
                book.text(CoursePrompt.problemNewer, ["found": "\(found)", "supported": "\(PracticeStore.schemaVersion)"])
            case .system(let reason): reason
            }
            return [.warning(book.text(CoursePrompt.progressUnreadable, ["file": error.path, "problem": problem]))]
        }
    }

    /// The progress without telling anything: what was read, or what the file holds (none when it cannot be read).
    func peekProgress() -> PracticeProgress {
        loaded ? progress : (try? store.load()) ?? PracticeProgress()
    }

    /// Keeps `new` and writes it when it changed; answers the warning when the write fails (then no more writes).
    func update(_ new: PracticeProgress, _ book: PromptBook) -> [Reply] {
        guard new != progress else { return [] }
        progress = new
        guard saving else { return [] }
        do {
            try store.save(new)
            return []
        } catch {
            saving = false
            let reason = (error as? AtomicFile.WriteError)?.reason ?? FileErrorReason.of(error)
            return [.warning(book.text(CoursePrompt.progressNotSaved, ["file": store.url.path, "reason": reason]))]
        }
    }
}
