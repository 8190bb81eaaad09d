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

    /// Where the aligned objectives of `session` point, by objective id, among the saved sessions (`session` itself
    /// as given, not as saved); each parent session is read once.
    public func parents(of session: Session) -> [UUID: ParentLink] {
        var found: [UUID: Session?] = [session.id: session]
        return ParentLink.all(of: session) { link in
            if let known = found[link.sessionID] { return known }
            let parent = self.session(for: link)
            found[link.sessionID] = .some(parent)
            return parent
        }
    }
}
