import ArgumentParser
import CoachKit
import Foundation
import OKRKit

/// `okr-coach checkin SESSION REF VALUE`: records one check-in from a script, through the same store as the coach.
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Record one check-in on a key result: its value today and your confidence.",
        discussion: """
            SESSION is a saved session's name or the path of a session file. REF names a key result: O1.KR2. \
            VALUE is a number in the key result's unit (52, 52%, $1.2M), or for a milestone done, not-yet or a \
            percentage done. A second check-in on the same day replaces the first. Exits 0 once saved, 2 when \
            nothing was changed: the session is open in the coach, or an argument cannot be used.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A saved session's name or a session file.", valueName: "session"),
        completion: .sessionNames)
    var session: String

    @Argument(help: ArgumentHelp("The key result: O1.KR2.", valueName: "ref"))
    var ref: String

    @Argument(help: ArgumentHelp("Its value: a number in its unit, done, not-yet, or a percentage done.", valueName: "value"))
    var value: String

    @Option(help: ArgumentHelp("How confident you are of reaching it, 0 to 10.", valueName: "n"))
    var confidence: String?

    @Option(help: ArgumentHelp("What changed, or what help you need.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("The day the value was true (default: today, local time).", valueName: "YYYY-MM-DD"))
    var date: String?

    func run() throws {
        let book = try global.promptBook()
        let day = try SessionArgument.day(date, option: "--date", book: book)
        let today = try SessionArgument.today(book: book)
        guard day <= today else {
            throw SessionArgument.fail(book.text(StatusPrompt.futureDate, ["date": day.description, "today": today.description]))
        }
        let stated = try confidence.map { text in
            guard let number = ConfidenceTag.value(text) else {
                throw SessionArgument.fail(book.text(StatusPrompt.badConfidence, ["confidence": text]))
            }
            return number
        }
        let location: SessionLocation
        switch SessionArgument.location(of: session, in: SessionArgument.dataDirectory(), book: book) {
        case .success(let found): location = found
        case .failure(let failure): throw SessionArgument.fail(failure.message)
        }
        let store = location.store
        do {
            // Held until the process ends: the coach opens the session read-only meanwhile.
            let lock = try store.lockExisting(location.name)
            let loaded = try store.loadVersion(location.name)
            let request = CheckInRequest(
                ref: ref, value: value, confidence: stated, note: note.flatMap { $0.isEmpty ? nil : $0 }, date: day)
            switch request.apply(to: loaded.session, book: book) {
            case .failure(let refused):
                throw SessionArgument.fail(refused.message)
            case .success(var recorded):
                recorded.session.updatedAt = Date()
                let saved = try store.save(
                    recorded.session, as: location.name, expected: loaded.version, upgrading: loaded.olderFormat)
                withExtendedLifetime(lock) { print(recorded.message) }
                // Another program rewrote the file between reading and saving: its version was kept beside it.
                if let copy = saved.keptCopy {
                    let file = store.url(for: location.name).path
                    Terminal.printError("okr-coach: " + book.text(ShellPrompt.externalEditKept, [
                        "session": location.name.value, "file": file, "copy": store.url(for: copy).path,
                        "copyName": copy.value, "saved": file,
                    ]))
                }
            }
        } catch let error as StoreError {
            throw SessionArgument.fail(book.describe(error))
        }
    }
}
