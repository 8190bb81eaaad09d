import ArgumentParser
import CoachKit
import Foundation
import OKRKit

/// A session named on the command line, by name or by the path of its file, and dates given as options: each
/// problem is printed in the coach's words and ends the command with exit status 2.
enum SessionArgument {
    /// Where `argument` lives, or exit 2 saying why it names no session.
    static func locate(_ argument: String, book: PromptBook) throws -> SessionLocation {
        do {
            return try SessionLocation.resolve(argument, in: DataDirectory.resolve(environment: ProcessInfo.processInfo.environment))
        } catch .store(let error) {
            throw fail(book.describe(error))
        } catch .notASessionFile(let path) {
            throw fail(book.text(StatusPrompt.notASessionFile, ["path": path]))
        }
    }

    /// The day `text` names (YYYY-MM-DD), today in local time when `nil`, or exit 2.
    static func day(_ text: String?, option: String, book: PromptBook) throws -> CalendarDay {
        guard let text else { return CalendarDay.local(Date()) }
        guard let day = CalendarDay(text) else {
            throw fail(book.text(StatusPrompt.badDate, ["option": option, "date": text]))
        }
        return day
    }

    /// Prints `message` to standard error and returns the exit status 2 to throw.
    static func fail(_ message: String) -> ExitCode {
        Terminal.printError("okr-coach: " + message)
        return ExitCode(2)
    }
}
