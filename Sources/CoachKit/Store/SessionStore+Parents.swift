import Foundation
import OKRKit

extension SessionStore {
    /// The saved session an alignment link points into: the one named as the link remembers when it has the link's
    /// session id, else the first with that id (the parent session was renamed); `nil` when none is readable.
    public func session(for link: Alignment) -> Session? {
        if let name = try? SessionName(link.sessionName), let session = try? load(name), session.id == link.sessionID {
            return session
        }
        // Renamed, or gone: only a file that spells the id (either case, as ids are read) can be it, and looking
        // costs far less than reading.
        let spellings = [link.sessionID.uuidString, link.sessionID.uuidString.lowercased()].map { Data($0.utf8) }
        return names().lazy
            .filter { name in
                guard let data = (try? PlainFile.read(self.url(for: name).path))?.data else { return false }
                return spellings.contains { data.range(of: $0) != nil }
            }
            .compactMap { try? self.load($0) }.first { $0.id == link.sessionID }
    }

    /// `session` (as given, not as saved) beside the saved sessions its objectives align to, each found once by the
    /// name its links keep (`session(for:)`): what exports and `/list` resolve parents in, without reading every
    /// session.
    public func alignmentIndex(for session: Session) -> AlignmentIndex {
        var parents: [UUID: Session] = [:]
        for link in session.objectives.compactMap(\.parent) where link.sessionID != session.id && parents[link.sessionID] == nil {
            parents[link.sessionID] = self.session(for: link)
        }
        return AlignmentIndex([session] + parents.values.sorted { $0.name < $1.name })
    }

    /// Where the aligned objectives of `session` point, by objective id, among the saved sessions.
    public func parents(of session: Session) -> [UUID: ParentLink] {
        alignmentIndex(for: session).parents(of: session)
    }
}
