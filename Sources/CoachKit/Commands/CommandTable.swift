/// Every slash command the coach understands, in the order `/help` lists them.
public enum CommandTable {
    public static let all: [CommandSpec] = [
        CommandSpec("help", aliases: ["h", "?"], argument: .optional("CMD"), completion: .commandNames) {
            $0.help($1)
        },
        CommandSpec("new", argument: .required("NAME"), takesSessionName: true) { $0.newSession($1) },
        CommandSpec(
            "open", aliases: ["o", "resume"], argument: .required("NAME"), completion: .sessionNames, takesSessionName: true
        ) {
            $0.openSession($1)
        },
        CommandSpec("sessions", aliases: ["ls"]) { coach, _ in coach.listSessions() },
        CommandSpec("rename", argument: .required("NEW"), takesSessionName: true) { $0.renameSession($1) },
        CommandSpec(
            "delete", aliases: ["rm"], argument: .required("REF|NAME"), completion: .referencesAndSessions,
            takesSessionName: true
        ) {
            $0.delete($1)
        },
        CommandSpec("save") { coach, _ in coach.saveSession() },
        CommandSpec("objective", aliases: ["obj", "o+"], argument: .required("TEXT")) { $0.addObjective($1) },
        CommandSpec("kr", aliases: ["keyresult", "k"], argument: .required("TEXT")) { $0.addKeyResult($1) },
        CommandSpec("list", aliases: ["l"]) { coach, _ in coach.listSet() },
        CommandSpec("edit", aliases: ["e"], argument: .required("REF [TEXT]"), completion: .references) { $0.edit($1) },
        CommandSpec("move", aliases: ["mv"], argument: .required("REF TO"), completion: .references) { $0.move($1) },
        CommandSpec("kind", argument: .required("REF committed|aspirational"), completion: .references) {
            $0.setKind($1)
        },
        CommandSpec("confidence", aliases: ["conf"], argument: .required("REF N"), completion: .references) {
            $0.setConfidence($1)
        },
        CommandSpec("owner", argument: .required("REF NAME|-"), completion: .references) { $0.setOwner($1) },
        CommandSpec("align", argument: .required("REF SESSION:REF|none"), completion: .alignment) { $0.align($1) },
        CommandSpec("checkin", aliases: ["ci"], argument: .optional("REF"), completion: .references) { $0.checkIn($1) },
        CommandSpec("status", aliases: ["st"]) { coach, _ in coach.status() },
        CommandSpec("report") { coach, _ in coach.report() },
        CommandSpec("history", argument: .required("REF"), completion: .references) { $0.history($1) },
        CommandSpec("measure", argument: .required("REF [KIND]"), completion: .references) { $0.setMeasure($1) },
        CommandSpec("grade") { coach, _ in coach.grade() },
        CommandSpec("next-cycle", argument: .required("NAME"), takesSessionName: true) { $0.nextCycle($1) },
        CommandSpec("cycle", argument: .optional("CYCLE|none")) { $0.setCycle($1) },
        CommandSpec("team", argument: .optional("NAME|none")) { $0.setTeam($1) },
        CommandSpec("undo", aliases: ["u"]) { coach, _ in coach.undo() },
        CommandSpec("redo") { coach, _ in coach.redo() },
        CommandSpec("check") { coach, _ in coach.checkSet() },
        CommandSpec("export", argument: .required("FORMAT [FILE]")) { $0.export($1) },
        CommandSpec("import", argument: .required("FILE")) { $0.importFile($1) },
        CommandSpec("why") { coach, _ in coach.why() },
        CommandSpec("kpis", argument: .optional("TERMS"), completion: .kpis) { $0.searchKPIs($1) },
        CommandSpec("suggest", argument: .optional("REF"), completion: .references) { $0.suggest($1) },
        CommandSpec("learn", argument: .optional("TOPIC"), completion: .lessons) { $0.learn($1) },
        CommandSpec("practice", argument: .optional("TOPIC"), completion: .practiceTopics) { $0.startPractice($1) },
        CommandSpec("editor") { _, _ in Outcome([], openEditor: true) },
        CommandSpec("quit", aliases: ["q", "exit"]) { coach, _ in coach.quit() },
    ]

    /// The command called `name` or one of its aliases (without the slash), if any.
    public static func find(_ name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        guard EditDistance.mayBeNear(lowered, longest: longestSpelling, limit: 0) else { return nil }
        return all.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// The UTF-8 length of the longest name or alias: a word far longer is no command and near none.
    private static let longestSpelling = all.flatMap { [$0.name] + $0.aliases }.map(\.utf8.count).max() ?? 0

    /// The command whose name is nearest to a mistyped one, if any is close enough to be a likely typo.
    public static func nearest(to name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        guard EditDistance.mayBeNear(lowered, longest: longestSpelling, limit: 2) else { return nil }
        if let prefixed = all.first(where: { $0.name.hasPrefix(lowered) }), !lowered.isEmpty { return prefixed }
        let limit = max(1, min(2, lowered.count / 2))
        return EditDistance.closest(to: lowered, among: all, within: limit, spellings: { [$0.name] + $0.aliases })?.candidate
    }
}
