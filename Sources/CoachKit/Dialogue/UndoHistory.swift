import OKRKit

/// Earlier states of a session for `/undo`, and states undone for `/redo`, newest last.
struct UndoHistory {
    /// How many changes `/undo` can step back through: each keeps a copy of the set, so memory stays bounded in a
    /// long workshop or a big script.
    static let steps = 200

    private var past: [Session] = []
    private var future: [Session] = []

    /// Remembers the state before a change; the states undone are forgotten, as a new change makes them moot.
    mutating func record(_ before: Session) {
        past.append(before)
        if past.count > Self.steps { past.removeFirst() }
        future.removeAll()
    }

    /// The state `/undo` (or `/redo`, when not `backward`) would restore, if any.
    func target(backward: Bool) -> Session? {
        backward ? past.last : future.last
    }

    /// Steps to the target, keeping `present` to step back to; returns how many steps are left that way.
    mutating func travel(backward: Bool, from present: Session) -> Int {
        if backward {
            past.removeLast()
            future.append(present)
            return past.count
        }
        future.removeLast()
        past.append(present)
        return future.count
    }
}
