import Foundation
import Testing

/// Runs the binary on a pseudo-terminal, as a person at a keyboard would: it sees a TTY, gets line editing,
/// and Ctrl-C reaches it as SIGINT.
final class PseudoTerminal {
    private let master: Int32
    let pid: pid_t
    private(set) var output = ""

    /// Starts `arguments` on a new terminal `columns` wide and 24 rows high, in a session of its own.
    init(_ executable: URL, arguments: [String] = [], environment: [String: String], columns: UInt16 = 80) throws {
        // posix_openpt, unlockpt and ptsname, by hand: Glibc hides them from Swift.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0, ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw POSIXError(.ENXIO)
        }
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26+): the new session makes the terminal the child's controlling one.
        // POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF: start with no blocked signals and default handlers,
        // whatever the test runner uses.
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(0x80 | 0x08 | 0x04))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable.path, &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        pid = child
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Types `keys` (control characters included: "\u{3}" is Ctrl-C, "\u{4}" Ctrl-D, "\t" Tab, "\r" Enter).
    /// Waits a moment first, as a person would: the line editor switches the terminal into editing mode just
    /// after it shows the prompt, and keys that arrive before are handled by the terminal itself.
    func type(_ keys: String) {
        usleep(100_000)
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types each line and Enter, waiting after each for `prompt` to come back; returns whether it always did.
    @discardableResult
    func enter(_ lines: [String], thenWaitFor prompt: String) -> Bool {
        lines.allSatisfy { line in
            let mark = output.endIndex
            type(line + "\r")
            return waitFor(prompt, after: mark)
        }
    }

    /// Reads until the output after `offset` contains `text`, or `seconds` pass. Returns whether it appeared.
    @discardableResult
    func waitFor(_ text: String, after offset: String.Index? = nil, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if output[(offset ?? output.startIndex)...].contains(text) { return true }
            drain(wait: 50)
        }
        return output[(offset ?? output.startIndex)...].contains(text)
    }

    /// The exit status once the program ends, or `nil` if it is still running after `seconds`.
    func exitStatus(within seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            drain(wait: 20)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                drain(wait: 0)
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
        } while Date() < deadline
        return nil
    }

    /// Whether the program is still running.
    var isRunning: Bool { kill(pid, 0) == 0 && exitStatus(within: 0) == nil }

    private func drain(wait milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += String(decoding: buffer.prefix(count), as: UTF8.self)
        }
    }
}
