/// Every slash command the coach understands, in the order `/help` lists them.
public enum CommandTable {
    public static let all: [CommandSpec] = [
        CommandSpec("help", aliases: ["h", "?"], argument: .optional("CMD"), completion: .commandNames) {
            $0.help($1)
        },
        CommandSpec("new", argument: .required("NAME")) { $0.newSession($1) },
        CommandSpec("open", aliases: ["o", "resume"], argument: .required("NAME"), completion: .sessionNames) {
            $0.openSession($1)
        },
        CommandSpec("sessions", aliases: ["ls"]) { coach, _ in coach.listSessions() },
        CommandSpec("rename", argument: .required("NEW")) { $0.renameSession($1) },
        CommandSpec("delete", aliases: ["rm"], argument: .required("NAME"), completion: .sessionNames) {
            $0.deleteSession($1)
        },
        CommandSpec("save") { coach, _ in coach.saveSession() },
        CommandSpec("quit", aliases: ["q", "exit"]) { coach, _ in coach.quit() },
    ]

    /// The command called `name` or one of its aliases (without the slash), if any.
    public static func find(_ name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        return all.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// The command whose name is nearest to a mistyped one, if any is close enough to be a likely typo.
    public static func nearest(to name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        if let prefixed = all.first(where: { $0.name.hasPrefix(lowered) }), !lowered.isEmpty { return prefixed }
        let scored = all.map { spec in
            (spec, ([spec.name] + spec.aliases).map { EditDistance.between(lowered, $0) }.min() ?? Int.max)
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, min(2, lowered.count / 2)) ? best.0 : nil
    }
}
