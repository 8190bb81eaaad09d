import CEditLine
import CoachKit
import Synchronization

/// Reads lines from a terminal through libedit: editing, UTF-8, history with Up/Down and Ctrl-R, Tab completion.
public final class EditLineReader: LineReader {
    /// Gives whole-line candidates for the line typed so far.
    public typealias CompletionProvider = @Sendable (String) -> [String]

    /// libedit's C callback cannot capture context, so the provider lives here.
    private static let provider = Mutex<CompletionProvider?>(nil)

    /// Sets up libedit. `history` is the earlier sessions' lines, oldest first.
    public init(history: [String]) {
        if setlocale(LC_CTYPE, "") == nil || String(cString: setlocale(LC_CTYPE, nil)) == "C" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        okr_set_readline_name("okr-coach")
        okr_set_whole_line_completion()
        okr_set_completion { text, _, _ in EditLineReader.complete(text) }
        okr_install_sigint_handler()
        okr_bind_ctrl_c()
        using_history()
        for line in history { add_history(line) }
    }

    public var isInteractive: Bool { true }

    public func readLine(prompt: String) -> LineEvent {
        _ = okr_take_interrupt()
        guard let pointer = readline(prompt) else {
            return okr_take_interrupt() != 0 ? .interrupt : .end
        }
        defer { free(pointer) }
        // A Ctrl-C pressed before editing began was a signal: the terminal already dropped what was typed
        // before it, and the line returned now was typed after it, so it stands.
        _ = okr_take_interrupt()
        return .line(String(cString: pointer))
    }

    /// Replaces what Tab offers (the REPL refreshes it as the conversation moves on).
    public func complete(with provider: @escaping CompletionProvider) {
        EditLineReader.provider.withLock { $0 = provider }
    }

    public func remember(_ line: String) {
        add_history(line)
    }

    public func offerForEditing(_ text: String) {
        add_history(text)
    }

    /// Builds libedit's candidate list: the common prefix first, then every match, NULL-terminated.
    private static func complete(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        okr_set_attempted_completion_over(1)
        let typed = String(cString: okr_line_buffer())
        let candidates = provider.withLock { $0 }?(typed) ?? []
        guard !candidates.isEmpty else { return nil }
        let head = candidates.count == 1 ? candidates[0] : commonPrefix(candidates)
        okr_set_completion_append_character(candidates.count == 1 ? 32 : 0)
        // libedit frees the list with free(), so it must come from malloc.
        let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (candidates.count + 2)
        guard let raw = malloc(size) else { return nil }
        let list = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: candidates.count + 2)
        list[0] = strdup(head)
        var index = 1
        if candidates.count > 1 {
            for candidate in candidates {
                list[index] = strdup(candidate)
                index += 1
            }
        }
        list[index] = nil
        return list
    }

    private static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first else { return "" }
        for string in strings.dropFirst() {
            while !string.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
