import Foundation
import Shared

/// The shell's prompt: the daemon's state as the last `status` call saw it, and the previous
/// command's exit status when it was not 0.
///
/// ```swift
/// ShellPrompt(daemon: "running").text                         // "odyssey (running) › "
/// ShellPrompt(daemon: "unreachable", lastExitCode: 69).text   // "[69] odyssey (unreachable) › "
/// ```
struct ShellPrompt: Sendable, Equatable {
    /// `running`, `maintenance`, `stopping`, `unreachable`, or `unknown` when the daemon
    /// answered something odysseyctl could not read.
    var daemon: String
    var lastExitCode: Int32 = 0
    /// `›` needs a UTF-8 terminal; libedit prints it as octal escapes otherwise.
    var unicode = true

    var text: String {
        let status = lastExitCode == 0 ? "" : "[\(lastExitCode)] "
        return "\(status)odyssey (\(daemon)) \(unicode ? "›" : ">") "
    }

    /// Asks the daemon for its state; quick to fail, because the prompt waits for it.
    static func daemonState(socketPath: String) async -> String {
        let client = ControlClient(socketPath: socketPath, connectTimeout: .seconds(1), requestTimeout: .seconds(5))
        do {
            return try await client.status().state.rawValue
        } catch is DaemonUnreachable {
            return "unreachable"
        } catch {
            return "unknown"
        }
    }

    /// Whether the terminal's character set (from the locale) is UTF-8.
    static var terminalIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }
}
