import Foundation
import Shared
import Testing

/// `odysseyctl shell` end to end on a pseudo-terminal: libedit, Tab, the prompt, history.
@Suite("Shell on a terminal", .timeLimit(.minutes(1)))
struct ShellTerminalTests {
    @Test func tabCompletesACommandThatThenRunsAndLandsInHistory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // No daemon needed: `version` works without one, and the prompt says so.
        let socket = directory.path("missing.sock")
        let stateHome = directory.path("state")
        let terminal = try PseudoTerminal(
            executable: try OdysseyctlBinary.url().path,
            arguments: ["shell", "--socket", socket],
            environment: [
                "HOME": directory.url.path,
                "XDG_STATE_HOME": stateHome,
                "TERM": "vt100",
                "LC_ALL": "C.UTF-8",
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            ]
        )

        var seen = try terminal.waitFor("odyssey (unreachable) › ")
        try terminal.type("ver\t")
        // libedit inserts what completes the word: the typed "ver" plus "sion".
        seen = try terminal.waitFor("sion", after: seen)
        try terminal.type("\r")
        seen = try terminal.waitFor("odysseyctl  \(OdysseyVersion.current)", after: seen)
        seen = try terminal.waitFor("unknown: cannot reach odysseyd at \(socket)", after: seen)
        // version exits 0 without a daemon, so the prompt shows no status.
        seen = try terminal.waitFor("\nodyssey (unreachable) › ", after: seen)

        // A failing command: the same message as one-shot, its exit code in the next prompt.
        try terminal.type("status\r")
        seen = try terminal.waitFor("odysseyctl: cannot reach odysseyd at \(socket)", after: seen)
        seen = try terminal.waitFor("[69] odyssey (unreachable) › ", after: seen)

        // A usage error: ArgumentParser's message and 64, as `odysseyctl bogus` gives them.
        try terminal.type("bogus\r")
        seen = try terminal.waitFor("Error: Unexpected argument 'bogus'", after: seen)
        seen = try terminal.waitFor("[64] odyssey (unreachable) › ", after: seen)

        try terminal.type("exit\r")
        #expect(try terminal.waitForExit() == 0)

        let history = try String(contentsOfFile: stateHome + "/odysseyctl/history", encoding: .utf8)
        #expect(history == "version\nstatus\nbogus\nexit\n")
    }

    @Test func controlDOnAnEmptyLineLeaves() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let terminal = try PseudoTerminal(
            executable: try OdysseyctlBinary.url().path,
            arguments: ["shell", "--socket", directory.path("missing.sock")],
            environment: ["HOME": directory.url.path, "TERM": "vt100", "LC_ALL": "C.UTF-8"]
        )
        try terminal.waitFor("odyssey (unreachable) › ")
        try terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
