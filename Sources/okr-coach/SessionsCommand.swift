import ArgumentParser
import CoachKit
import Foundation

/// `okr-coach sessions`: lists the saved sessions.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "List saved sessions.")

    @OptionGroup var global: GlobalOptions

    func run() throws {}
}
