/// The words of `okr-coach export` / `import` and the coach's `/export` / `/import`. In `prompts/exchange.yaml`.
public enum ExchangePrompt: String, CaseIterable, PromptKey {
    case csvQuote, csvColumns, csvKind, csvConfidence, csvCycle, csvNoObjective, csvEmpty
    case sessionExists
    case created
    case badCycle
    case confirm, cancelled, added
    case exported
    case intoSessions, isDirectory, writeFailed
    case unknownFormat

    public var path: String { "exchange.\(rawValue)" }

    public var values: [String] {
        switch self {
        case .csvQuote, .csvNoObjective: ["file", "line"]
        case .csvColumns: ["file", "line", "count", "expected"]
        case .csvKind: ["file", "line", "kind"]
        case .csvConfidence: ["file", "line", "confidence"]
        case .csvCycle: ["file", "line", "cycle"]
        case .csvEmpty: ["file"]
        case .sessionExists: ["session", "file"]
        case .created: ["session", "path", "objectives", "keyResults"]
        case .badCycle: ["cycle"]
        case .confirm, .added: ["session", "file", "objectives", "keyResults"]
        case .cancelled: ["file"]
        case .exported: ["session", "format", "path"]
        case .intoSessions, .isDirectory: ["path"]
        case .writeFailed: ["path", "reason"]
        case .unknownFormat: ["format", "formats"]
        }
    }
}
