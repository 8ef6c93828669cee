import Foundation
import Glibc

/// A program running on its own pseudo-terminal, typed at and read like an operator would.
///
/// posix_spawn rather than Foundation's `Process`, which can hang when a grandchild inherits
/// its descriptors, and which cannot start a new session with the terminal as controlling tty.
///
/// ```swift
/// let terminal = try PseudoTerminal(executable: path, arguments: ["shell"], environment: env)
/// try terminal.waitFor("› ")
/// try terminal.type("ver\t")
/// let code = try terminal.waitForExit()
/// ```
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    private let master: Int32
    /// Everything the program has written so far, escape sequences included. Kept as bytes
    /// because a read can end in the middle of a character such as `›`.
    private var bytes: [UInt8] = []
    var output: String { String(decoding: bytes, as: UTF8.self) }
    private var exited: Int32?

    init(executable: String, arguments: [String], environment: [String: String]) throws {
        // posix_openpt(3) is open("/dev/ptmx") on Linux.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, LibC.grantpt(master) == 0, LibC.unlockpt(master) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var name = [CChar](repeating: 0, count: 128)
        guard LibC.ptsname_r(master, &name, name.count) == 0 else {
            close(master)
            throw Failure(description: "ptsname_r: \(String(cString: strerror(errno)))")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (glibc runs file actions last), so it becomes the controlling tty.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(LibC.POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(result)))")
        }
        self.pid = pid
    }

    /// Sends keystrokes: `\t` is Tab, `\r` is Enter, `\u{4}` is Ctrl-D.
    ///
    /// First waits until the program has switched the terminal out of canonical mode, as a line
    /// editor does while it reads: keys typed before then are cooked by the kernel instead
    /// (a Tab stays a Tab, a Ctrl-D can be lost), as they would be for a person typing ahead.
    func type(_ keys: String, timeout: Duration = .seconds(20)) throws {
        let deadline = ContinuousClock.now + timeout
        var settings = termios()
        // The master reports the settings the program made on its side of the pair.
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            // Not a sleep: poll returns early when there is output, which is read meanwhile.
            _ = try read(until: min(deadline, ContinuousClock.now + .milliseconds(10)))
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the program never read from the terminal within \(timeout); it shows:\n\(output)")
            }
        }
        let bytes = Array(keys.utf8)
        let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw Failure(description: "write to the terminal failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Reads until the output from byte `offset` on contains `text`; returns the offset just
    /// past it, so the next wait looks only at what comes after.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, timeout: Duration = .seconds(20)) throws -> Int {
        let deadline = ContinuousClock.now + timeout
        let needle = Array(text.utf8)
        while true {
            if let end = Self.end(of: needle, in: bytes, from: offset) {
                return end
            }
            guard try read(until: deadline) else {
                throw Failure(description: "no \"\(text)\" on the terminal within \(timeout); it shows:\n\(output)")
            }
        }
    }

    /// Waits for the program to end (reading, so it never blocks on a full terminal buffer).
    func waitForExit(timeout: Duration = .seconds(20)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                // WIFEXITED / WEXITSTATUS are macros Swift does not import.
                exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                return exited!
            }
            _ = try read(until: min(deadline, ContinuousClock.now + .milliseconds(100)))
            if ContinuousClock.now >= deadline {
                throw Failure(description: "the program did not exit within \(timeout); it shows:\n\(output)")
            }
        }
    }

    /// One poll(2) and read(2); false once the deadline passed with nothing new.
    private func read(until deadline: ContinuousClock.Instant) throws -> Bool {
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { return false }
        let milliseconds = Int32(min(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000, 60_000))
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, max(milliseconds, 1))
        guard ready > 0 else { return ContinuousClock.now < deadline }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        // EIO once the last slave descriptor is closed: the program has gone.
        guard count > 0 else { return false }
        bytes += buffer[..<count]
        return true
    }

    private static func end(of needle: [UInt8], in haystack: [UInt8], from offset: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, offset <= haystack.count - needle.count else { return nil }
        for start in offset...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }

    deinit {
        if exited == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }
}

/// The pseudo-terminal calls Glibc's Swift module leaves out (they sit behind `_XOPEN_SOURCE`),
/// looked up in the C library at run time.
private enum LibC {
    /// From <spawn.h>, also behind a feature macro; glibc has had it since 2.26.
    static let POSIX_SPAWN_SETSID: Int32 = 0x80

    static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname_r = function(
        "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self
    )

    private static func function<Function>(_ name: String, as type: Function.Type) -> Function {
        // A nil handle is RTLD_DEFAULT: search the libraries already loaded, libc among them.
        guard let symbol = dlsym(nil, name) else {
            fatalError("\(name) is not in the C library")
        }
        // Unsafe: the C boundary; the signatures above are the ones in <stdlib.h>.
        return unsafeBitCast(symbol, to: type)
    }
}
