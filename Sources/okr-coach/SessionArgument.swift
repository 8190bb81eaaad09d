import ArgumentParser
import CoachKit
import Foundation
import OKRKit

/// A session named on the command line, by name or by the path of its file, and dates given as options, with each
/// problem said in the coach's words.
enum SessionArgument {
    /// Why an argument cannot be used, in the coach's words.
    struct Failure: Error, Sendable {
        var message: String
    }

    /// The data directory the environment names. A command that reads many sessions resolves it once: building
    /// the environment's dictionary again for each of 500 sessions was 4% of a workshop report.
    static func dataDirectory() -> DataDirectory {
        DataDirectory.resolve(environment: ProcessInfo.processInfo.environment)
    }

    /// Where `argument` lives (a name is looked for in `directory`), or why it names no session.
    static func location(
        of argument: String, in directory: DataDirectory, book: PromptBook
    ) -> Result<SessionLocation, Failure> {
        Result { () throws(SessionLocation.Problem) in try SessionLocation.resolve(argument, in: directory) }
            .mapError { problem in
                switch problem {
                case .store(let error): Failure(message: book.describe(error))
                case .notASessionFile(let path): Failure(message: book.text(StatusPrompt.notASessionFile, ["path": path]))
                }
            }
    }

    /// The session `argument` names, read without taking its lock, or why it cannot be read.
    static func read(_ argument: String, in directory: DataDirectory, book: PromptBook) -> Result<Session, Failure> {
        location(of: argument, in: directory, book: book).flatMap { location in
            Result { () throws(StoreError) in try location.store.load(location.name) }
                .mapError { Failure(message: book.describe($0)) }
        }
    }

    /// The day `text` names (YYYY-MM-DD), today when `nil`, or exit 2.
    static func day(_ text: String?, option: String, book: PromptBook) throws -> CalendarDay {
        guard let text else { return try today(book: book) }
        guard let day = CalendarDay(text) else {
            throw fail(book.text(StatusPrompt.badDate, ["option": option, "date": text]))
        }
        return day
    }

    /// Today: `$OKR_COACH_TODAY` when set (a script's or a test's fixed day), else the local date; exit 2 when the
    /// variable is not a date.
    static func today(book: PromptBook) throws -> CalendarDay {
        guard let text = ProcessInfo.processInfo.environment["OKR_COACH_TODAY"], !text.isEmpty else {
            return CalendarDay.local(Date())
        }
        guard let day = CalendarDay(text) else {
            throw fail(book.text(StatusPrompt.badDate, ["option": "OKR_COACH_TODAY", "date": text]))
        }
        return day
    }

    /// Prints `message` to standard error and returns the exit status 2 to throw.
    static func fail(_ message: String) -> ExitCode {
        Terminal.printError("okr-coach: " + message)
        return ExitCode(2)
    }
}
