import Foundation
import Testing

/// A sessions folder that cannot be listed is reported as such, never as "no sessions yet" (a person would think
/// their work was gone). As root cannot be refused permission, a plain file stands where the folder should be.
@Suite struct SessionsFolderTests {
    static func homeWithAFileForTheSessionsFolder() throws -> URL {
        let home = try Binary.temporaryHome()
        #expect(FileManager.default.createFile(atPath: home.appendingPathComponent("sessions").path, contents: Data()))
        return home
    }

    @Test func sessionsSaysItCouldNotReadTheFolderAndExitsTwo() throws {
        let home = try Self.homeWithAFileForTheSessionsFolder()
        let result = try Binary.run(["sessions"], home: home)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Could not read \(home.path)/sessions: Not a directory"), "\(result.stderr)")
        #expect(!result.stdout.contains("No sessions"))
    }

    @Test func theCoachSaysItCouldNotReadTheFolder() throws {
        let home = try Self.homeWithAFileForTheSessionsFolder()
        let result = try Binary.run([], input: "/sessions\n", home: home)
        #expect(result.stdout.contains("Could not read \(home.path)/sessions: Not a directory"), "\(result.stdout)")
        #expect(!result.stdout.contains("No sessions"))
    }

    @Test func aDataDirectoryWithoutASessionsFolderHasNoSessionsYet() throws {
        let result = try Binary.run(["sessions"], home: Binary.temporaryHome())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty && result.stderr.isEmpty)
    }
}
