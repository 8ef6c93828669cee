import ArgumentParser
import Foundation
import Shared

/// Runs one shell line as `odysseyctl <line>` would run, minus the process: the same parse,
/// the same output, the same messages, and the exit code it would have ended with.
///
/// ```swift
/// let code = await ShellLineRunner.run(["queue", "ls", "--json"])   // 0, 69, 64, ...
/// ```
enum ShellLineRunner {
    static func run(_ arguments: [String]) async -> Int32 {
        defer { flushOutput() }
        do {
            var command = try await Odysseyctl.asyncParseAsRoot(arguments)
            if command is Odysseyctl.Shell {
                report("already in the shell")
                return OdysseyExitCode.usage.rawValue
            }
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
            return OdysseyExitCode.ok.rawValue
        } catch {
            // What `Odysseyctl.exit(withError:)` prints and returns, without exiting: help
            // and other clean exits to standard output, errors to standard error.
            let code = Odysseyctl.exitCode(for: error)
            let message = Odysseyctl.fullMessage(for: error)
            if !message.isEmpty {
                if code == .success {
                    print(message)
                } else {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            return code.rawValue
        }
    }

    /// A shell-level problem (an unterminated quote), worded as odysseyctl words failures.
    static func report(_ message: String) {
        flushOutput()
        FileHandle.standardError.write(Data("odysseyctl: \(message)\n".utf8))
    }

    /// Commands print through stdio; flush before libedit draws the next prompt over it.
    static func flushOutput() {
        // nil flushes every stdio stream, stdout among them, without touching the global.
        fflush(nil)
    }
}
