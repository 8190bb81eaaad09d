import CoachKit
import Foundation
import OKRKit

/// A big workshop's folder for `report`: tracked sessions (`TrackedSessions`: varied sentences, weekly check-ins),
/// the first one the company's, each other session's first objective aligned to one of its objectives in turn.
enum WorkshopFolder {
    /// Writes `count` sessions of `objectives` × `keyResultsEach` key results with `weeks` check-ins each into
    /// `folder` as session files, and returns the folder.
    @discardableResult
    static func write(_ count: Int, objectives: Int, keyResultsEach: Int, weeks: Int, into folder: URL) throws -> URL {
        var sessions = TrackedSessions.sessions(count, objectives: objectives, keyResultsEach: keyResultsEach, weeks: weeks)
        let company = sessions[0]
        for s in sessions.indices.dropFirst() {
            let parent = company.objectives[s % company.objectives.count]
            sessions[s].objectives[0].parent = Alignment(
                sessionID: company.id, sessionName: company.name, objectiveID: parent.id)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for session in sessions {
            try SessionCoding.encode(session).write(to: folder.appendingPathComponent(session.name + ".json"))
        }
        return folder
    }
}
